using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;

namespace CaseBot.Dialogs.Root;

/// <summary>Maps a typed command to what handles it. Commands are whole words at the start of the message, never substrings.</summary>
public sealed class CommandRouter
{
    public async Task RouteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var command = BotCommand.Parse(turnContext.Activity.Text);
        switch (command.Name)
        {
            case BotCommand.Help:
                await turnContext.SendActivityAsync(Markdown(RootText.Commands), cancellationToken);
                break;
            default:
                await turnContext.SendActivityAsync(Markdown(RootText.NotUnderstood), cancellationToken);
                break;
        }
    }

    private static Activity Markdown(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };
}
