using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Meetings;
using CaseBot.Cards.Model;
using CaseBot.Cards.Notices;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;

namespace CaseBot.Cards.Preparation;

/// <summary>
/// The messages the individual's say before a Case Conference sends (<see cref="IPreparationNotices"/>), meeting times in the
/// calendar's zone. The lead's note names who answered, never what: the answers are read through the audited
/// <see cref="CardVerbs.PreparationView"/>. Dedup keys carry the case's version, so a retried save sends nothing twice.
/// </summary>
public sealed class PreparationNotices(WorkingHours hours) : IPreparationNotices
{
    public IReadOnlyList<CaseNotice> ForAnswers(CriticalCase criticalCase, CaseMeeting meeting, MeetingPreparation preparation, bool agendaChanged)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(preparation);
        var version = $"{criticalCase.Id:D}/v{criticalCase.Version}";
        var who = meeting.AttendeeWith(preparation.RespondentAadObjectId)?.DisplayName ?? string.Empty;
        var note = new AdaptiveCard
        {
            FallbackText = PreparationLeadText.ReadAnswers,
            Body = [new TextBlock(PreparationLeadText.AnsweredNote(MarkdownText.Inline(who), RoleCatalogue.Name(preparation.RespondentRole), criticalCase.Reference.Value))],
            Actions = [new ExecuteAction(PreparationLeadText.ReadAnswers, CardVerbs.PreparationView) { Data = CardSerializer.Data(new CaseCardData(criticalCase.Id, meeting.Number)) }],
        };
        var notices = new List<CaseNotice> { new(AttendeeNotices.NoteKind, criticalCase.LeadAadObjectId, null, AttendeeNotices.Payload(note), $"preparation-answered/{version}") };
        if (agendaChanged)
        {
            var kind = AttendeeNotices.AgendaKind(meeting.Number);
            notices.Add(new CaseNotice(kind, null, null, AttendeeNotices.Payload(AgendaCard.Build(criticalCase, meeting, hours.Zone)), $"agenda/{version}", UpdateOf: kind));
        }

        return notices;
    }

    public IReadOnlyList<CaseNotice> ForReply(CriticalCase criticalCase, CaseMeeting meeting, MeetingPreparation preparation, LeadReply reply)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(preparation);
        ArgumentNullException.ThrowIfNull(reply);
        var text = $"{PreparationQuestionText.Replied(MarkdownText.Inline(PreparationCard.Organiser(meeting.Plan)))}\n\n{MarkdownText.Literal(reply.Text)}";
        return [Note(preparation.RespondentAadObjectId, text, $"preparation-reply/{criticalCase.Id:D}/v{criticalCase.Version}")];
    }

    public IReadOnlyList<CaseNotice> ForArranged(CriticalCase criticalCase, CaseMeeting meeting, MeetingPreparation preparation, IReadOnlyList<PreparationRequest> newlyArranged)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(preparation);
        ArgumentNullException.ThrowIfNull(newlyArranged);
        var text = $"{PreparationQuestionText.ArrangedNote(MarkdownText.Inline(PreparationCard.Organiser(meeting.Plan)))}\n\n" +
                   string.Join("\n", newlyArranged.Select(r => "- " + PreparationQuestionText.Request(r)));
        return [Note(preparation.RespondentAadObjectId, text, $"preparation-arranged/{criticalCase.Id:D}/v{criticalCase.Version}")];
    }

    public IReadOnlyList<CaseNotice> ForReminder(CriticalCase criticalCase, CaseMeeting meeting, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        return [.. PreparationReminders.For(criticalCase, meeting, today, hours.Zone)];
    }

    private static CaseNotice Note(string recipient, string markdown, string key)
        => new(AttendeeNotices.NoteKind, recipient, null, JsonSerializer.Serialize<Activity>(MessageFactory.Markdown(markdown), BotJson.Options), key);
}
