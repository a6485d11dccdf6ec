using CaseBot.BotFramework.Schema;
using CaseBot.Cards;
using CaseBot.Cards.Model;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.Dialogs.Rendering;

/// <summary>
/// Shows prompts as Adaptive Cards so every answer can be clicked: a button per option (a compact list past six), a multi-select
/// list with a Submit button, and a text box for free answers. Each card posts <see cref="PromptSubmit"/> data with the prompt id and
/// token, so a click on an old card cannot answer a newer question. The question text is in the card, and typing still works.
/// </summary>
public sealed class CardPromptRenderer : IPromptRenderer
{
    private const int ButtonLimit = 6;

    public IReadOnlyList<Activity> Render(PromptRenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new List<CardElement> { new TextBlock(request.Text) { Color = request.IsRetry ? TextColor.Attention : null } };
        IReadOnlyList<CardAction> actions;
        if (request.Kind == PromptKind.Person)
        {
            body.Add(new ChoiceSetInput
            {
                Id = PersonPrompt.PickerInputId,
                Style = ChoiceInputStyle.Filtered,
                Placeholder = PromptText.PickPerson,
                ChoicesData = new ChoicesData(ChoicesData.TeamsUsers),
            });
            body.Add(new TextInput { Id = PersonPrompt.EmailInputId, Placeholder = PromptText.OrTypeEmail, MaxLength = 254 });
            actions = [Submit(PromptText.Continue, request, value: null), .. request.Choices.Select(c => Submit(c.DisplayTitle, request, c.Value))];
        }
        else if (request.IsMultiSelect)
        {
            body.Add(new ChoiceSetInput
            {
                Id = request.InputId,
                IsMultiSelect = true,
                Style = ChoiceInputStyle.Expanded,
                Wrap = true,
                Choices = request.Choices.Select(c => new InputChoice(c.DisplayTitle, c.Value)).ToList(),
            });
            actions = [Submit(PromptText.Continue, request, value: null)];
        }
        else if (request.Choices.Count > ButtonLimit)
        {
            body.Add(new ChoiceSetInput
            {
                Id = request.InputId,
                Style = ChoiceInputStyle.Compact,
                Wrap = true,
                Placeholder = PromptText.Pick,
                Choices = request.Choices.Select(c => new InputChoice(c.DisplayTitle, c.Value)).ToList(),
            });
            actions = [Submit(PromptText.Continue, request, value: null)];
        }
        else if (request.Choices.Count > 0)
        {
            actions = request.Choices.Select(c => Submit(c.DisplayTitle, request, c.Value)).ToList();
        }
        else
        {
            body.Add(new TextInput { Id = request.InputId, Placeholder = PromptText.TypeHere, MaxLength = 500, IsMultiline = request.Kind == PromptKind.Text });
            actions = [Submit(PromptText.Send, request, value: null)];
        }

        var card = new AdaptiveCard
        {
            Body = [.. body, new ActionSet { Actions = actions }],
            FallbackText = request.Text,
        };
        var message = CardAttachment.Message(card);
        message.InputHint = "expectingInput";
        return [message];
    }

    private static SubmitAction Submit(string title, PromptRenderRequest request, string? value)
        => new(title) { Data = CardSerializer.Data(new PromptSubmit(request.PromptId, value, Token: request.Token)) };
}
