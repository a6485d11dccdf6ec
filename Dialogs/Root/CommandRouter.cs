using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.CaseFiles;
using CaseBot.Dialogs.Engine;
using CaseBot.Dialogs.Triage;

namespace CaseBot.Dialogs.Root;

/// <summary>Maps a typed command (or a command button) to what handles it. Commands are whole words at the start of the message.</summary>
public sealed class CommandRouter(ICaseRepository cases, AdviceLineHours ukHours)
{
    public async Task RouteAsync(ITurnContext turnContext, DialogContext dialogs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(dialogs);
        var command = BotCommand.Parse(CommandText(turnContext.Activity));
        switch (command.Name)
        {
            case BotCommand.NewCase:
                await dialogs.BeginDialogAsync(nameof(TriageDialog), null, cancellationToken);
                break;
            case BotCommand.Status:
                await StatusAsync(turnContext, command.Argument, cancellationToken);
                break;
            case BotCommand.MyActions:
                await turnContext.SendActivityAsync(Markdown(RootText.NoActions), cancellationToken);
                break;
            case BotCommand.Help:
                await turnContext.SendActivityAsync(Markdown(RootText.Commands), cancellationToken);
                break;
            default:
                var stale = turnContext.Activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("promptId", out _);
                await turnContext.SendActivityAsync(Markdown(stale ? RootText.StaleCard : RootText.NotUnderstood), cancellationToken);
                break;
        }
    }

    private async Task StatusAsync(ITurnContext turnContext, string argument, CancellationToken cancellationToken)
    {
        if (!CaseReference.TryParse(argument, out var reference))
        {
            await turnContext.SendActivityAsync(Markdown(RootText.StatusNeedsReference), cancellationToken);
            return;
        }

        var activity = turnContext.Activity;
        var found = await cases.FindAsync(activity.GetTenantId() ?? string.Empty, reference!, cancellationToken);

        // Only the case's lead sees it for now; anyone else gets the same answer as for a case that does not exist.
        var caller = activity.From?.AadObjectId ?? activity.From?.Id;
        if (found is null || !string.Equals(found.LeadAadObjectId, caller, StringComparison.OrdinalIgnoreCase))
        {
            await turnContext.SendActivityAsync(Markdown(RootText.NoCaseFound), cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(Cards.CardAttachment.Message(Cards.Triage.CaseOpenedCard.Build(found, ukHours.Zone, RootText.StatusNext)), cancellationToken);
    }

    private static string? CommandText(Activity activity)
        => !string.IsNullOrWhiteSpace(activity.Text) ? activity.Text
            : activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String
                ? command.GetString()
                : null;

    private static Activity Markdown(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };
}
