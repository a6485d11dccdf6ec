using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.DialogEngine;
using CaseBot.Dialogs.Attendees;
using CaseBot.Dialogs.Closing;
using CaseBot.Dialogs.Planning;
using CaseBot.Dialogs.Status;
using CaseBot.Dialogs.Triage;

namespace CaseBot.Dialogs.Root;

/// <summary>
/// Maps a typed command (or a command button) to what handles it: the command's own words at the start of the message, or the
/// same asked for in other words ("what's happening with HR-77", <see cref="CommandPhrases"/>).
/// </summary>
public sealed class CommandRouter(
    StatusCommand status, ExportCommands exports, MeetingCommands meetings, MyActionsCommand myActions, GroupChatCommand groupChat, PreparationTyped preparation)
{
    public async Task RouteAsync(ITurnContext turnContext, DialogContext dialogs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(dialogs);
        var text = CommandText(turnContext.Activity);
        var command = BotCommand.Parse(text);
        IReadOnlyList<string> perhaps = [];
        if (command.Name is null && text is not null && CommandPhrases.Read(text, out perhaps) is { } meant)
        {
            command = meant;
        }

        switch (command.Name)
        {
            case BotCommand.NewCase:
                await dialogs.BeginDialogAsync(nameof(TriageDialog), null, cancellationToken);
                break;
            case BotCommand.Status:
                await status.AnswerAsync(turnContext, command.Argument, cancellationToken);
                break;
            case BotCommand.Audit:
                await exports.AuditAsync(turnContext, command.Argument, cancellationToken);
                break;
            case BotCommand.Export:
                await exports.ExportAsync(turnContext, command.Argument, cancellationToken);
                break;
            case BotCommand.Plan:
                await meetings.PlanAsync(dialogs, command.Argument, cancellationToken);
                break;
            case BotCommand.Reschedule:
                await meetings.RescheduleAsync(dialogs, command.Argument, cancellationToken);
                break;
            case BotCommand.CancelMeeting:
                await meetings.CancelAsync(turnContext, command.Argument, cancellationToken);
                break;
            case BotCommand.Record:
                await meetings.RecordAsync(turnContext, command.Argument, cancellationToken);
                break;
            case BotCommand.MyActions:
                await myActions.AnswerAsync(turnContext, cancellationToken);
                break;
            case BotCommand.PostHere:
                await groupChat.AnswerAsync(turnContext, command.Argument, cancellationToken);
                break;
            case BotCommand.Close:
                await BeginForCaseAsync(dialogs, nameof(CloseCaseDialog), BotCommand.Close, command.Argument, cancellationToken);
                break;
            case BotCommand.Reopen:
                await BeginForCaseAsync(dialogs, nameof(ReopenCaseDialog), BotCommand.Reopen, command.Argument, cancellationToken);
                break;
            case BotCommand.Help:
                await turnContext.SendActivityAsync(MessageFactory.Markdown(RootText.Commands), cancellationToken);
                break;
            default:
                var stale = CommandPayload.IsPromptAnswer(turnContext.Activity.Value);

                // No command: the individual before their Case Conference may be telling us, in their own words, what would help.
                if (!stale && !string.IsNullOrWhiteSpace(turnContext.Activity.Text) && await preparation.TryAnswerAsync(turnContext, turnContext.Activity.Text, cancellationToken))
                {
                    break;
                }

                var reply = stale ? RootText.StaleCard : perhaps.Count > 0 ? RootText.DidYouMean(perhaps) : RootText.NotUnderstood;
                await turnContext.SendActivityAsync(MessageFactory.Markdown(reply), cancellationToken);
                break;
        }
    }

    private static Task BeginForCaseAsync(DialogContext dialogs, string dialogId, string command, string reference, CancellationToken cancellationToken)
        => string.IsNullOrWhiteSpace(reference)
            ? dialogs.Context.SendActivityAsync(MessageFactory.Markdown(ClosingDialogText.NeedsReference(command)), cancellationToken)
            : dialogs.BeginDialogAsync(dialogId, BotJson.ToElement(reference), cancellationToken);

    private static string? CommandText(Activity activity)
        => !string.IsNullOrWhiteSpace(activity.Text) ? activity.Text : CommandPayload.Text(activity.Value);
}
