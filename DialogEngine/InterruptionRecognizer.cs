using System.Text.RegularExpressions;
using CaseBot.BotFramework.Schema;
using CaseBot.DialogEngine.Prompts;
using CaseBot.DialogEngine.Recognition;

namespace CaseBot.DialogEngine;

/// <summary>
/// Reads an interruption: the whole trimmed message (never a word inside a longer answer), or a card's command. A correction of
/// the answer just given ("change", "that's wrong") is 'back'.
/// </summary>
internal static partial class InterruptionRecognizer
{
    private static readonly HashSet<string> ChangeWords = [.. EngineText.ChangeWords.Select(Plain)];

    public static InterruptionCommand Recognize(Activity activity)
    {
        var input = PromptInput.FromActivity(activity);
        if (input is null)
        {
            return InterruptionCommand.None;
        }

        var said = TextNormalizer.Normalize(input.Command ?? input.Text);
        return said switch
        {
            _ when EngineText.HelpWords.Contains(said) => InterruptionCommand.Help,
            _ when EngineText.CancelWords.Contains(said) => InterruptionCommand.Cancel,
            _ when EngineText.BackWords.Contains(said) || ChangeWords.Contains(Plain(said)) => InterruptionCommand.Back,
            _ when EngineText.RestartWords.Contains(said) => InterruptionCommand.Restart,
            _ => InterruptionCommand.None,
        };
    }

    // "No, that's wrong!" and "no thats wrong" are one answer.
    private static string Plain(string text) => Spaces().Replace(NotLetters().Replace(text.Replace("'", string.Empty, StringComparison.Ordinal), " "), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\p{N} ]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotLetters();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();
}
