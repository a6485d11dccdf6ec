using System.Globalization;
using System.Text;
using CaseBot.BotFramework.Schema;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>Plain text that works on every channel: the question, then numbered choices ("1. Yes  2. No") to answer by typing.</summary>
public sealed class TextPromptRenderer : IPromptRenderer
{
    private const int InlineLimit = 60;

    public static TextPromptRenderer Instance { get; } = new();

    public IReadOnlyList<Activity> Render(PromptRenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = new StringBuilder(request.Text);
        if (request.Choices.Count > 0)
        {
            var numbered = request.Choices
                .Select((choice, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {choice.DisplayTitle}"))
                .ToList();
            var inline = string.Join("  ", numbered);
            text.Append("\n\n").Append(inline.Length <= InlineLimit ? inline : string.Join("\n", numbered));
        }

        if (request.IsMultiSelect)
        {
            text.Append("\n\n").Append(EngineText.MultiSelectHint);
            if (request.AllowNone)
            {
                text.Append(' ').Append(EngineText.MultiSelectNoneHint);
            }
        }

        return [new Activity { Type = ActivityTypes.Message, Text = text.ToString(), InputHint = "expectingInput" }];
    }
}
