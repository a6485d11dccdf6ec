using CaseBot.BotFramework.Schema;
using CaseBot.DialogEngine.Prompts;
using CaseBot.DialogEngine.Recognition;

namespace CaseBot.DialogEngine;

/// <summary>Reads an interruption: the whole trimmed message (never a word inside a longer answer), or a card's command.</summary>
internal static class InterruptionRecognizer
{
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
            _ when EngineText.BackWords.Contains(said) => InterruptionCommand.Back,
            _ when EngineText.RestartWords.Contains(said) => InterruptionCommand.Restart,
            _ => InterruptionCommand.None,
        };
    }
}
