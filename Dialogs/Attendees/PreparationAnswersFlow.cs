using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Preparation;
using CaseBot.Cases;
using CaseBot.Cases.Access;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Preparation;
using CaseBot.Casework.Changes;
using CaseBot.Casework.Preparation;
using Microsoft.Extensions.Logging;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// The individual's (or representative's) say on their preparation card, and the lead's side of it: their answers are saved and the
/// lead gets a note that there is something to read (never the words); the lead reads them through the audited
/// <see cref="PreparationReads"/> and can reply. Logs carry outcomes only, never what anyone said.
/// </summary>
internal sealed partial class PreparationAnswersFlow(
    CaseChanges changes, PreparationReads reads, IPreparationNotices notices, WorkingHours hours, TimeProvider time, ILogger<PreparationAnswersFlow> logger)
{
    /// <summary>"Send my answers": the card comes back with their answers and a line saying who has them, or why nothing changed.</summary>
    public async Task<AdaptiveCardInvokeResponse> AnswerAsync(CaseCaller caller, CaseCardData data, JsonElement? inputs, CancellationToken cancellationToken)
    {
        var answers = PreparationFormReader.Answers(inputs);
        var now = time.GetUtcNow();
        var number = data.MeetingNumber!.Value;
        var result = await changes.ApplyAsync(data.CaseId, caller, criticalCase =>
        {
            try
            {
                var before = criticalCase.PreparationOf(number, caller.AadObjectId)?.Answers.AgendaPoints;
                var preparation = criticalCase.AnswerPreparation(caller.AadObjectId, number, answers, now);
                var meeting = criticalCase.Meetings.Single(m => m.Number == number);
                var sent = notices.ForAnswers(criticalCase, meeting, preparation, before != preparation.Answers.AgendaPoints);
                return CaseChange<CardNotice>.Saved(CardNotice.Done(PreparationQuestionText.Sent(PreparationCard.Organiser(meeting.Plan))), sent);
            }
            catch (CaseRuleException ex)
            {
                return CaseChange<CardNotice>.Unchanged(CardNotice.Refused(ex.Message));
            }
        }, cancellationToken);
        LogAnswer(logger, result.Status);
        var notice = result.Status switch
        {
            CaseChangeStatus.Missing => CardNotice.Refused(CardNotices.NoSuchCase),
            CaseChangeStatus.Conflict => CardNotice.Refused(CardNotices.CaseChanged),
            _ => result.Result!,
        };
        var shown = result.Case?.Meetings.FirstOrDefault(m => m.Number == number);
        var reader = shown?.AttendeeWith(caller.AadObjectId);
        return ActionTicks.Card(shown is null || reader is null || !CriticalCase.IsRespondent(reader.Role)
            ? RefusalCard.Build(notice.Text)
            : PreparationCard.Build(result.Case!, shown, reader, hours.Zone, result.Case!.PreparationOf(number, caller.AadObjectId)?.Answers ?? answers, notice));
    }

    /// <summary>"Read what they said": the lead's card of everyone's answers for the meeting; anyone else is refused. Audited either way.</summary>
    public async Task<AdaptiveCardInvokeResponse> ViewAsync(CaseCaller caller, CaseCardData data, CancellationToken cancellationToken)
    {
        var read = await reads.ReadAsync(caller, data.CaseId, data.MeetingNumber!.Value, cancellationToken);
        var meeting = read.Case?.Meetings.FirstOrDefault(m => m.Number == data.MeetingNumber);
        return ActionTicks.Card(meeting is null ? RefusalCard.Build(PreparationLeadText.OnlyLead) : PreparationLeadCard.Build(read.Case!, meeting, read.Preparations));
    }

    /// <summary>"Send reply": the reply goes to the person it answers; the lead's card comes back with it.</summary>
    public async Task<AdaptiveCardInvokeResponse> ReplyAsync(CaseCaller caller, PreparationReplyData data, string? text, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var result = await changes.ApplyAsync(data.CaseId, caller, criticalCase =>
        {
            try
            {
                var reply = criticalCase.ReplyToPreparation(caller.AadObjectId, data.MeetingNumber, data.RespondentAadObjectId, text ?? string.Empty, now);
                var meeting = criticalCase.Meetings.Single(m => m.Number == data.MeetingNumber);
                var preparation = criticalCase.PreparationOf(data.MeetingNumber, data.RespondentAadObjectId)!;
                return CaseChange<CardNotice>.Saved(CardNotice.Done(PreparationLeadText.ReplySent), notices.ForReply(criticalCase, meeting, preparation, reply));
            }
            catch (CaseRuleException ex)
            {
                return CaseChange<CardNotice>.Unchanged(CardNotice.Refused(ex.Message));
            }
        }, cancellationToken);
        return LeadCard(caller, data, result);
    }

    /// <summary>"Save what is arranged": the person is told what is newly arranged; the lead's card comes back.</summary>
    public async Task<AdaptiveCardInvokeResponse> ArrangeAsync(CaseCaller caller, PreparationReplyData data, string? arranged, CancellationToken cancellationToken)
    {
        var chosen = (arranged ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => Enum.TryParse<PreparationRequest>(v, out var request) && Enum.IsDefined(request) ? request : (PreparationRequest?)null)
            .OfType<PreparationRequest>().ToHashSet();
        var now = time.GetUtcNow();
        var result = await changes.ApplyAsync(data.CaseId, caller, criticalCase =>
        {
            try
            {
                var entries = criticalCase.History.Count;
                var newly = criticalCase.ArrangePreparation(caller.AadObjectId, data.MeetingNumber, data.RespondentAadObjectId, chosen, now);
                var meeting = criticalCase.Meetings.Single(m => m.Number == data.MeetingNumber);
                var preparation = criticalCase.PreparationOf(data.MeetingNumber, data.RespondentAadObjectId)!;
                var done = CardNotice.Done(newly.Count > 0 ? PreparationLeadText.ArrangedSaved : PreparationLeadText.NothingNewArranged);

                // Taking something off only still changes the case (saved, nothing sent); the same choice again changes nothing.
                return criticalCase.History.Count == entries
                    ? CaseChange<CardNotice>.Unchanged(done)
                    : CaseChange<CardNotice>.Saved(done, newly.Count > 0 ? notices.ForArranged(criticalCase, meeting, preparation, newly) : []);
            }
            catch (CaseRuleException ex)
            {
                return CaseChange<CardNotice>.Unchanged(CardNotice.Refused(ex.Message));
            }
        }, cancellationToken);
        return LeadCard(caller, data, result);
    }

    // What the lead's click answers with: their card of the person's answers again, with what happened; a refusal for anyone else.
    private AdaptiveCardInvokeResponse LeadCard(CaseCaller caller, PreparationReplyData data, CaseChangeResult<CardNotice> result)
    {
        LogReply(logger, result.Status);
        var criticalCase = result.Case;
        var meeting = criticalCase?.Meetings.FirstOrDefault(m => m.Number == data.MeetingNumber);
        return ActionTicks.Card(criticalCase is null || meeting is null || !criticalCase.IsLead(caller.AadObjectId)
            ? RefusalCard.Build(result.Result?.Text ?? CardNotices.NoSuchCase)
            : PreparationLeadCard.Build(criticalCase, meeting, criticalCase.PreparationsFor(data.MeetingNumber), result.Result ?? CardNotice.Refused(CardNotices.CaseChanged)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Preparation answers sent: {Status}")]
    private static partial void LogAnswer(ILogger logger, CaseChangeStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Preparation reply sent: {Status}")]
    private static partial void LogReply(ILogger logger, CaseChangeStatus status);
}
