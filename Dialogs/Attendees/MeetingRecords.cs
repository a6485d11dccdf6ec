using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.Cards;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Meetings;
using CaseBot.Cards.Records;
using CaseBot.Cases;
using CaseBot.Cases.Access;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Records;
using CaseBot.Casework.Changes;
using CaseBot.Casework.Lookups;
using Microsoft.Extensions.Logging;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// The meeting record: the lead opens the form (from their agenda card) and saves it, which holds the meeting, keeps the decisions
/// and actions, and sends the record and the action list to everyone; attendees then confirm it or ask for a correction, and their
/// latest answer is kept with the case. Advice-line staff and admins who are not on the case see its status, never the record.
/// </summary>
internal sealed partial class MeetingRecords(
    CaseLookups lookups, CaseChanges changes, ICaseNotices notices, StatusViews statusViews, AdviceLineHours ukHours, TimeProvider time, ILogger<MeetingRecords> logger)
{
    /// <summary>"Record the meeting": posts the form in the lead's chat and leaves the agenda card as it is.</summary>
    public async Task<AdaptiveCardInvokeResponse> OpenAsync(ITurnContext turnContext, CaseCaller caller, CaseCardData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var view = await lookups.ViewAsync(caller, data.CaseId, cancellationToken);
        var criticalCase = view.Case;
        var problem = criticalCase is null ? CardNotices.NoSuchCase
            : !criticalCase.IsLead(caller.AadObjectId) ? RecordText.OnlyLead
            : criticalCase.BookedMeeting?.Number != data.MeetingNumber ? RecordCardText.StaleForm
            : null;
        if (problem is not null)
        {
            return AdaptiveCardInvokeResponse.Message(problem);
        }

        var form = MeetingRecordFormCard.Build(criticalCase!, criticalCase!.BookedMeeting!, Today());
        await turnContext.SendActivityAsync(CardAttachment.Message(form), cancellationToken);
        return AdaptiveCardInvokeResponse.Message(AttendeeText.FormPosted);
    }

    /// <summary>"Save the record": the summary replaces the form, or the form comes back with what to fix and nothing typed lost.</summary>
    public async Task<AdaptiveCardInvokeResponse> SaveAsync(CaseCaller caller, CaseCardData data, JsonElement? inputs, CancellationToken cancellationToken)
    {
        var values = RecordFormReader.Values(inputs);
        var now = time.GetUtcNow();
        var today = CardDates.Today(now, ukHours.Zone);
        var result = await changes.ApplyAsync(data.CaseId, caller, criticalCase =>
        {
            if (!criticalCase.IsLead(caller.AadObjectId))
            {
                return CaseChange<RecordOutcome>.Unchanged(RecordOutcome.Refused(RecordText.OnlyLead));
            }

            var meeting = criticalCase.BookedMeeting;
            if (meeting is null || meeting.Number != data.MeetingNumber)
            {
                // A second click (or a second client) on a form already saved shows the record again.
                var saved = criticalCase.Records.FirstOrDefault(r => r.MeetingNumber == data.MeetingNumber);
                return CaseChange<RecordOutcome>.Unchanged(saved is null ? RecordOutcome.Refused(RecordCardText.StaleForm) : new(saved, CardNotice.Done(RecordCardText.Saved)));
            }

            var (actions, problem) = RecordFormReader.Actions(values, meeting, today);
            if (problem is not null)
            {
                return CaseChange<RecordOutcome>.Unchanged(RecordOutcome.FixForm(problem));
            }

            try
            {
                var record = criticalCase.RecordMeeting(caller.AadObjectId, RecordFormReader.Decisions(values), actions, now);
                return CaseChange<RecordOutcome>.Saved(new(record, CardNotice.Done(RecordCardText.Saved)), notices.ForRecord(criticalCase, record));
            }
            catch (CaseRuleException ex)
            {
                return CaseChange<RecordOutcome>.Unchanged(RecordOutcome.FixForm(ex.Message));
            }
        }, cancellationToken);
        LogRecord(logger, "save", result.Status);
        if (result.Status == CaseChangeStatus.Conflict && result.Case?.BookedMeeting is { } booked)
        {
            return ActionTicks.Card(MeetingRecordFormCard.Build(result.Case, booked, today, Rows(values), values, CardNotice.Refused(CardNotices.CaseChanged)));
        }

        return result.Result is { ShowForm: true } fix && result.Case?.BookedMeeting is { } meeting
            ? ActionTicks.Card(MeetingRecordFormCard.Build(result.Case, meeting, today, Rows(values), values, fix.Notice))
            : Answer(caller, result, data.MeetingNumber);
    }

    /// <summary>"Confirm it is accurate" or "Send the correction". Repeating the same answer saves nothing new.</summary>
    public async Task<AdaptiveCardInvokeResponse> AnswerAsync(CaseCaller caller, CaseCardData data, bool accurate, string? correction, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var thanks = CardNotice.Done(accurate ? RecordCardText.ConfirmSaved : RecordCardText.CorrectionSaved);
        var result = await changes.ApplyAsync(data.CaseId, caller, criticalCase =>
        {
            var latest = criticalCase.LatestRecord;
            if (latest is null || latest.MeetingNumber != data.MeetingNumber)
            {
                return CaseChange<RecordOutcome>.Unchanged(RecordOutcome.Refused(RecordCardText.StaleRecord));
            }

            var mine = latest.Responses.FirstOrDefault(r => string.Equals(r.AadObjectId, caller.AadObjectId, StringComparison.OrdinalIgnoreCase));
            if (mine is not null && mine.Accurate == accurate && (accurate || string.Equals(mine.Correction, correction?.Trim(), StringComparison.Ordinal)))
            {
                return CaseChange<RecordOutcome>.Unchanged(new(latest, thanks));
            }

            try
            {
                var response = criticalCase.RespondToRecord(caller.AadObjectId, accurate, correction, now);
                return CaseChange<RecordOutcome>.Saved(new(criticalCase.LatestRecord, thanks), notices.ForRecordAnswer(criticalCase, response));
            }
            catch (CaseRuleException ex)
            {
                return CaseChange<RecordOutcome>.Unchanged(RecordOutcome.Refused(ex.Message));
            }
        }, cancellationToken);
        LogRecord(logger, accurate ? "confirm" : "correct", result.Status);
        return Answer(caller, result, data.MeetingNumber);
    }

    /// <summary>The viewer's own record card (Universal Actions refresh); the case's status for staff and admins not on it.</summary>
    public async Task<AdaptiveCardInvokeResponse> RefreshAsync(CaseCaller caller, CaseCardData data, CancellationToken cancellationToken)
    {
        var view = await lookups.ViewAsync(caller, data.CaseId, cancellationToken);
        if (view.Kind == CaseViewKind.StatusOnly)
        {
            return ActionTicks.Card(statusViews.Card(view));
        }

        var criticalCase = view.OnTheCase;
        var record = criticalCase?.Records.FirstOrDefault(r => r.MeetingNumber == data.MeetingNumber);
        return ActionTicks.Card(record is null
            ? RefusalCard.Build(CardNotices.NoSuchCase)
            : RecordSummaryCard.ForViewer(criticalCase!, record, ukHours.Zone, caller.AadObjectId));
    }

    // The record the click was about, as the caller sees it, with the outcome's line; a refusal card when there is no record to show.
    private AdaptiveCardInvokeResponse Answer(CaseCaller caller, CaseChangeResult<RecordOutcome> result, int? meetingNumber)
    {
        var notice = result.Status switch
        {
            CaseChangeStatus.Missing => CardNotice.Refused(CardNotices.NoSuchCase),
            CaseChangeStatus.Conflict => CardNotice.Refused(CardNotices.CaseChanged),
            _ => result.Result!.Notice,
        };
        var record = result.Result?.Record ?? result.Case?.Records.FirstOrDefault(r => meetingNumber is not null && r.MeetingNumber == meetingNumber);

        // Someone who may see the case but is not on it (staff, admins) learns why nothing changed, never the record's decisions or actions.
        return ActionTicks.Card(record is null || result.Case is null || !CaseLookups.IsOnTheCase(caller, result.Case)
            ? RefusalCard.Build(notice.Text)
            : RecordSummaryCard.ForViewer(result.Case, record, ukHours.Zone, caller.AadObjectId, notice));
    }

    private DateOnly Today() => CardDates.Today(time.GetUtcNow(), ukHours.Zone);

    private static int Rows(RecordFormValues values) => Math.Clamp(Math.Max(values.Rows.Count, RecordFormInputs.DefaultActionRows), 1, RecordFormInputs.MaxActionRows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting record {Step} answered: {Status}")]
    private static partial void LogRecord(ILogger logger, string step, CaseChangeStatus status);
}
