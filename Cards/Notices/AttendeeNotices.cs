using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Meetings;
using CaseBot.Cards.Model;
using CaseBot.Cards.Preparation;
using CaseBot.Cards.Records;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;
using CaseBot.Cases.Records;

namespace CaseBot.Cards.Notices;

/// <summary>
/// The messages a case change sends to its attendees, as <see cref="CaseNotice"/>s to save with the change (the outbox delivers
/// them): each payload is a message activity carrying one card, as Bot Framework JSON. New cards go to each attendee known by Entra
/// id, and to the lead. An update (<see cref="CaseNotice.UpdateOf"/> set, no recipient) replaces every card of its kind already
/// sent for the case; agenda, roles and record kinds are per meeting ("agenda-2") so an update never replaces another meeting's
/// card, while "actions" is the whole case's list. When the lead chose a group chat for the case (<see cref="CriticalCase.GroupChatId"/>)
/// the shared cards (agenda, action list, record) go there once instead, each viewer's refresh giving them their own buttons; the
/// roles card ("your role") and notes stay in each person's 1:1 chat. Dedup keys make a retried save enqueue nothing twice. As
/// <see cref="ICaseNotices"/> it writes meeting times in the calendar's time zone (<see cref="WorkingHours.Zone"/>) and the record's
/// dates in the organisation's (UK time, <see cref="AdviceLineHours.Zone"/>).
/// </summary>
public sealed class AttendeeNotices(WorkingHours hours, AdviceLineHours ukHours) : ICaseNotices
{
    public const string ActionsKind = "actions";
    public const string NoteKind = "note";

    public IReadOnlyList<CaseNotice> ForBooking(CriticalCase criticalCase, CaseMeeting meeting) => ForBooking(criticalCase, meeting, hours.Zone);

    public IReadOnlyList<CaseNotice> ForReschedule(CriticalCase criticalCase, CaseMeeting meeting) => ForReschedule(criticalCase, meeting, hours.Zone);

    public IReadOnlyList<CaseNotice> ForCancellation(CriticalCase criticalCase, CaseMeeting meeting) => ForCancellation(criticalCase, meeting, hours.Zone);

    public IReadOnlyList<CaseNotice> ForRecord(CriticalCase criticalCase, MeetingRecord record) => ForRecord(criticalCase, record, ukHours.Zone);

    public IReadOnlyList<CaseNotice> ForRecordAnswer(CriticalCase criticalCase, RecordResponse response) => ForRecordAnswer(criticalCase, response, ukHours.Zone);

    IReadOnlyList<CaseNotice> ICaseNotices.ForTick(CriticalCase criticalCase, DateOnly today) => ForTick(criticalCase, today);

    public static string AgendaKind(int meetingNumber) => $"agenda-{meetingNumber}";

    public static string RolesKind(int meetingNumber) => $"roles-{meetingNumber}";

    public static string RecordKind(int meetingNumber) => $"record-{meetingNumber}";

    /// <summary>The preparation card of the individual's (or their representative's) own, per meeting and reader: an update replaces only theirs.</summary>
    public static string PreparationKind(int meetingNumber, Role reader) => $"preparation-{meetingNumber}-{reader.ToString().ToLowerInvariant()}";

    /// <summary>After booking: the agenda (the lead's copy offers "Record the meeting") and each attendee's roles card.</summary>
    public static IReadOnlyList<CaseNotice> ForBooking(CriticalCase criticalCase, CaseMeeting meeting, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        var notices = new List<CaseNotice>();
        if (criticalCase.GroupChatId is { } chat)
        {
            notices.Add(ChatCard(AgendaKind(meeting.Number), chat, AgendaCard.Build(criticalCase, meeting, zone), $"agenda/{criticalCase.Id:D}/{meeting.Number}/chat"));
        }

        foreach (var id in Recipients(criticalCase, meeting))
        {
            var key = $"{criticalCase.Id:D}/{meeting.Number}/{id.ToLowerInvariant()}";
            if (criticalCase.GroupChatId is null)
            {
                notices.Add(Card(AgendaKind(meeting.Number), id, AgendaCard.Build(criticalCase, meeting, zone, forLead: criticalCase.IsLead(id)), $"agenda/{key}"));
            }

            if (Respondent(meeting, id) is { } reader)
            {
                // The person the meeting is about (and their representative) get what to expect in plain words, not the professionals' roles card.
                notices.Add(Card(PreparationKind(meeting.Number, reader.Role), id, PreparationCard.Build(criticalCase, meeting, reader, zone), $"preparation/{key}"));
            }
            else if (meeting.AttendeeWith(id) is { } attendee)
            {
                notices.Add(Card(RolesKind(meeting.Number), id, RolesCard.Build(criticalCase, meeting, attendee), $"roles/{key}"));
            }
        }

        return notices;
    }

    /// <summary>
    /// After the meeting moved: every agenda card of the meeting shows the new date and time (each viewer's refresh restores their
    /// buttons); the individual's and representative's preparation cards too, keeping their answers, with a plain note of the new time.
    /// </summary>
    public static IReadOnlyList<CaseNotice> ForReschedule(CriticalCase criticalCase, CaseMeeting meeting, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        var version = $"{criticalCase.Id:D}/v{criticalCase.Version}";
        var when = $"{CardDates.LongDay(meeting.Plan.Start, zone)}, {CardDates.TimeRange(meeting.Plan.Start, meeting.Plan.End, zone)}";
        var notices = new List<CaseNotice> { Update(AgendaKind(meeting.Number), AgendaCard.Build(criticalCase, meeting, zone), $"agenda/{version}") };
        foreach (var reader in Respondents(meeting))
        {
            var answers = criticalCase.PreparationOf(meeting.Number, reader.AadObjectId!)?.Answers;
            notices.Add(Update(PreparationKind(meeting.Number, reader.Role), PreparationCard.Build(criticalCase, meeting, reader, zone, answers), $"preparation/{version}/{reader.Role}"));
            if (meeting.Status == MeetingStatus.Booked)
            {
                var text = PreparationText.MovedNote(reader.Role, MarkdownText.Inline(PreparationCard.Individual(meeting.Plan)), when);
                notices.Add(Note(reader.AadObjectId!, text, $"moved/{version}/{reader.AadObjectId!.ToLowerInvariant()}"));
            }
        }

        return notices;
    }

    /// <summary>After the meeting was cancelled: a short message to each attendee and the lead, and every agenda card of the meeting says so and loses its buttons.</summary>
    public static IReadOnlyList<CaseNotice> ForCancellation(CriticalCase criticalCase, CaseMeeting meeting, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        var when = $"{CardDates.DayAndTime(meeting.Plan.Start, zone)} ({CardDates.ZoneName(zone)})";
        var text = NoticeText.Cancelled(criticalCase.Reference, meeting.Plan.Type, when);
        var individual = MarkdownText.Inline(PreparationCard.Individual(meeting.Plan));
        var organiser = MarkdownText.Inline(PreparationCard.Organiser(meeting.Plan));
        return
        [
            .. ForReschedule(criticalCase, meeting, zone),
            .. Recipients(criticalCase, meeting).Select(id => Note(
                id,
                Respondent(meeting, id) is { } reader ? PreparationText.CancelledNote(reader.Role, individual, when, organiser) : text,
                $"cancelled/{criticalCase.Id:D}/{meeting.Number}/{id.ToLowerInvariant()}")),
        ];
    }

    /// <summary>
    /// After the lead records a meeting: the record to confirm and the action list, to the meeting's attendees and the lead; the
    /// agenda cards say the meeting was held; and after a later meeting the action lists already sent are updated too.
    /// </summary>
    public static IReadOnlyList<CaseNotice> ForRecord(CriticalCase criticalCase, MeetingRecord record, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(record);
        var meeting = criticalCase.Meetings.Single(m => m.Number == record.MeetingNumber);
        var summary = RecordSummaryCard.Build(criticalCase, record, zone);
        var actions = ActionListCard.Build(criticalCase, CardDates.Today(record.RecordedAt, zone));
        var version = $"{criticalCase.Id:D}/v{criticalCase.Version}";
        var notices = new List<CaseNotice> { Update(AgendaKind(meeting.Number), AgendaCard.Build(criticalCase, meeting, zone), $"agenda/{version}") };
        if (criticalCase.Records.Count > 1)
        {
            notices.Add(Update(ActionsKind, actions, $"actions/{version}"));
        }

        if (criticalCase.GroupChatId is { } chat)
        {
            var key = $"{criticalCase.Id:D}/{meeting.Number}/chat";
            notices.Add(ChatCard(RecordKind(meeting.Number), chat, summary, $"record/{key}"));
            notices.Add(ChatCard(ActionsKind, chat, actions, $"actions/{key}"));
            return notices;
        }

        foreach (var id in Recipients(criticalCase, meeting))
        {
            var key = $"{criticalCase.Id:D}/{meeting.Number}/{id.ToLowerInvariant()}";
            notices.Add(Card(RecordKind(meeting.Number), id, summary, $"record/{key}"));
            notices.Add(Card(ActionsKind, id, actions, $"actions/{key}"));
        }

        return notices;
    }

    /// <summary>After an action is done: every action list already sent is replaced by the new one (each viewer's refresh then adds their buttons).</summary>
    public static IReadOnlyList<CaseNotice> ForTick(CriticalCase criticalCase, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        return [Update(ActionsKind, ActionListCard.Build(criticalCase, today), $"actions/{criticalCase.Id:D}/v{criticalCase.Version}")];
    }

    /// <summary>
    /// After an attendee answers the record: the record cards already sent show the new confirmations; a correction also sends the
    /// lead a note (naming the role only; the lead's own record card shows the words).
    /// </summary>
    public static IReadOnlyList<CaseNotice> ForRecordAnswer(CriticalCase criticalCase, RecordResponse response, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(response);
        var record = criticalCase.LatestRecord ?? throw new InvalidOperationException("The case has no record.");
        var version = $"{criticalCase.Id:D}/v{criticalCase.Version}";
        var notices = new List<CaseNotice> { Update(RecordKind(record.MeetingNumber), RecordSummaryCard.Build(criticalCase, record, zone), $"record/{version}") };
        if (!response.Accurate)
        {
            var note = MessageFactory.Markdown(NoticeText.CorrectionNote(criticalCase.Reference, response.Role));
            notices.Add(new CaseNotice(NoteKind, criticalCase.LeadAadObjectId, null, Json(note), $"note/correction/{version}"));
        }

        return notices;
    }

    /// <summary>
    /// The meeting started in Teams: one agenda card in the meeting's chat (each viewer's refresh gives them their own buttons, and later
    /// agenda updates replace it with the rest), or, when the chat holds anyone not invited, a note to the lead instead.
    /// </summary>
    public IReadOnlyList<CaseNotice> ForMeetingStart(CriticalCase criticalCase, CaseMeeting meeting, bool chatHoldsOnlyAttendees)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        var key = $"{criticalCase.Id:D}/{meeting.Number}";
        if (chatHoldsOnlyAttendees && meeting.ChatId is { } chat)
        {
            return [ChatCard(AgendaKind(meeting.Number), chat, AgendaCard.Build(criticalCase, meeting, hours.Zone), $"agenda/{key}/meeting-chat")];
        }

        var note = MessageFactory.Markdown(NoticeText.NotPostedInMeetingChat(criticalCase.Reference, meeting.Plan.Type));
        return [new CaseNotice(NoteKind, criticalCase.LeadAadObjectId, null, Json(note), $"note/meeting-chat/{key}")];
    }

    /// <summary>The meeting ended in Teams, unrecorded: the lead gets the prompt to record it, once.</summary>
    public IReadOnlyList<CaseNotice> ForMeetingEnd(CriticalCase criticalCase, CaseMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        return [Card(NoteKind, criticalCase.LeadAadObjectId, MeetingEndedCard.Build(criticalCase, meeting.Number, meeting.Plan.Type), $"ended/{criticalCase.Id:D}/{meeting.Number}")];
    }

    /// <summary>A message activity carrying <paramref name="card"/>, as the JSON a notice's payload holds.</summary>
    public static string Payload(AdaptiveCard card) => Json(CardAttachment.Message(card));

    // The lead first (they run the meeting), then the attendees known by id; everyone once.
    private static IEnumerable<string> Recipients(CriticalCase criticalCase, CaseMeeting meeting)
        => meeting.AttendeeAadObjectIds.Prepend(criticalCase.LeadAadObjectId)
            .Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase);

    // The individual and their representative, known by Entra id, at a Case Conference: they get the preparation.
    private static IEnumerable<Attendee> Respondents(CaseMeeting meeting)
        => meeting.Plan.Type == MeetingType.CaseConference
            ? meeting.Plan.Attendees.Where(a => CriticalCase.IsRespondent(a.Role) && !string.IsNullOrWhiteSpace(a.AadObjectId))
            : [];

    private static Attendee? Respondent(CaseMeeting meeting, string aadObjectId)
        => Respondents(meeting).FirstOrDefault(a => string.Equals(a.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    private static CaseNotice Note(string recipient, string markdown, string key) => new(NoteKind, recipient, null, Json(MessageFactory.Markdown(markdown)), key);

    private static CaseNotice Card(string kind, string recipient, AdaptiveCard card, string key) => new(kind, recipient, null, Payload(card), key);

    private static CaseNotice ChatCard(string kind, string conversationId, AdaptiveCard card, string key) => new(kind, null, conversationId, Payload(card), key);

    // An update has no recipient of its own: it replaces every message of its kind already sent for the case.
    private static CaseNotice Update(string kind, AdaptiveCard card, string key) => new(kind, null, null, Payload(card), key, UpdateOf: kind);

    private static string Json(Activity activity) => JsonSerializer.Serialize(activity, BotJson.Options);
}
