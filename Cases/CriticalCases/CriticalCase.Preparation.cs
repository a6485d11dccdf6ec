using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;

namespace CaseBot.Cases.CriticalCases;

/// <summary>
/// The individual's (and their representative's) say before a Case Conference: their answers, the lead's replies and what the lead
/// has arranged. Their answers are for the lead only, so these changes leave private chronology entries (kept for the audit, never
/// shown: see <see cref="ChronologyEntry.IsPrivate"/>). Their points reach the agenda only if they said so.
/// </summary>
public sealed partial class CriticalCase
{
    public IReadOnlyList<MeetingPreparation> Preparations => _preparations;

    /// <summary>Whose say counts: the individual and their representative, at a Case Conference.</summary>
    public static bool IsRespondent(Role role) => role is Role.Individual or Role.Representative;

    /// <summary>The booked Case Conference, not yet started, that <paramref name="aadObjectId"/> attends as the individual or their representative.</summary>
    public CaseMeeting? ConferencePreparedBy(string aadObjectId, DateTimeOffset now)
        => Stage != CaseStage.Closed && BookedMeeting is { Plan.Type: MeetingType.CaseConference } meeting && meeting.Plan.Start > now
           && meeting.AttendeeWith(aadObjectId) is { } attendee && IsRespondent(attendee.Role)
            ? meeting
            : null;

    public MeetingPreparation? PreparationOf(int meetingNumber, string respondentAadObjectId)
        => _preparations.Find(p => p.IsFor(meetingNumber, respondentAadObjectId));

    /// <summary>Everyone's preparation for one meeting, the individual's first.</summary>
    public IReadOnlyList<MeetingPreparation> PreparationsFor(int meetingNumber)
        => [.. _preparations.Where(p => p.MeetingNumber == meetingNumber).OrderBy(p => p.RespondentRole)];

    /// <summary>
    /// The individual (or their representative) answers, replacing their earlier answers; anything the lead had arranged stays
    /// arranged while it is still asked for. Only before their booked Case Conference starts.
    /// </summary>
    /// <exception cref="CaseRuleException">Not theirs to answer, the meeting is not booked or has started, or an answer is too long.</exception>
    public MeetingPreparation AnswerPreparation(string actorAadObjectId, int meetingNumber, PreparationAnswers answers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var (meeting, attendee) = RespondentIn(actorAadObjectId, meetingNumber);
        Require(meeting.Plan.Start > now, PreparationText.TooLate);
        var checkedAnswers = answers.Checked();
        var earlier = PreparationOf(meetingNumber, actorAadObjectId);
        var requests = checkedAnswers.Requests;
        var preparation = new MeetingPreparation(
            meetingNumber, attendee.AadObjectId!, attendee.Role, checkedAnswers, [.. (earlier?.Arranged ?? []).Where(requests.Contains)],
            earlier?.Replies ?? [], now);
        Keep(earlier, preparation);
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.PreparationAnswered, PreparationText.Answered(attendee.Role)));
        return preparation;
    }

    /// <summary>The lead replies to one person's preparation; the reply goes to them (the caller sends it).</summary>
    public LeadReply ReplyToPreparation(string actorAadObjectId, int meetingNumber, string respondentAadObjectId, string text, DateTimeOffset now)
    {
        var earlier = LeadsPreparation(actorAadObjectId, meetingNumber, respondentAadObjectId);
        var trimmed = text?.Trim() ?? string.Empty;
        Require(trimmed.Length is > 0 and <= LeadReply.MaxLength, PreparationLeadText.ReplyRules);
        Require(earlier.Replies.Count < MeetingPreparation.MaxReplies, PreparationLeadText.TooManyReplies);
        var reply = new LeadReply(trimmed, now);
        Keep(earlier, earlier with { Replies = [.. earlier.Replies, reply] });
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.PreparationReplied, PreparationText.Replied));
        return reply;
    }

    /// <summary>
    /// The lead says which of one person's requests are arranged (the rest are not); requests they no longer ask for are ignored.
    /// </summary>
    /// <returns>The requests newly arranged by this change (empty when nothing changed).</returns>
    public IReadOnlyList<PreparationRequest> ArrangePreparation(
        string actorAadObjectId, int meetingNumber, string respondentAadObjectId, IReadOnlyCollection<PreparationRequest> arranged, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(arranged);
        var earlier = LeadsPreparation(actorAadObjectId, meetingNumber, respondentAadObjectId);
        var wanted = earlier.Answers.Requests.Where(arranged.Contains).ToList();
        if (wanted.Count == earlier.Arranged.Count && wanted.TrueForAll(earlier.Arranged.Contains))
        {
            return [];
        }

        Keep(earlier, earlier with { Arranged = wanted });
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.PreparationArranged, PreparationText.ArrangedEntry));
        return [.. wanted.Where(r => !earlier.Arranged.Contains(r))];
    }

    /// <summary>
    /// The booked Case Conference whose reminder is due on <paramref name="today"/> (the organisation's date): it is on a later day,
    /// no later than <paramref name="nextWorkingDay"/>, has someone to remind, and no reminder went today.
    /// </summary>
    /// <param name="today">The organisation's date now.</param>
    /// <param name="nextWorkingDay">The first working day after today: a meeting on Monday is reminded on Friday.</param>
    /// <param name="localDay">The organisation's date of an instant.</param>
    public CaseMeeting? PreparationReminderDue(DateOnly today, DateOnly nextWorkingDay, Func<DateTimeOffset, DateOnly> localDay)
    {
        ArgumentNullException.ThrowIfNull(localDay);
        if (Stage == CaseStage.Closed || BookedMeeting is not { Plan.Type: MeetingType.CaseConference } meeting)
        {
            return null;
        }

        var day = localDay(meeting.Plan.Start);
        var someone = meeting.Plan.Attendees.Any(a => IsRespondent(a.Role) && a.AadObjectId is not null);
        var remindedToday = _chronology.Exists(e => e.Kind == ChronologyKind.PreparationReminded && localDay(e.At) == today);
        return day > today && day <= nextWorkingDay && someone && !remindedToday ? meeting : null;
    }

    /// <summary>Notes that the day-before reminders went, so none goes twice today.</summary>
    public void MarkPreparationReminded(DateTimeOffset now)
    {
        Require(BookedMeeting is not null, CaseText.NoBookedMeeting);
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.PreparationReminded, PreparationText.Reminded));
    }

    private (CaseMeeting Meeting, Attendee Attendee) RespondentIn(string actorAadObjectId, int meetingNumber)
    {
        var meeting = _meetings.Find(m => m.Number == meetingNumber);
        var attendee = meeting?.AttendeeWith(actorAadObjectId);
        Require(meeting is not null && meeting.Plan.Type == MeetingType.CaseConference && attendee is not null && IsRespondent(attendee.Role), PreparationText.NotForYou);
        Require(Stage != CaseStage.Closed && meeting!.Status == MeetingStatus.Booked, PreparationText.NotBooked);
        return (meeting!, attendee!);
    }

    private MeetingPreparation LeadsPreparation(string actorAadObjectId, int meetingNumber, string respondentAadObjectId)
    {
        Require(IsLead(actorAadObjectId), PreparationLeadText.OnlyLead);
        RequireOpen();
        return PreparationOf(meetingNumber, respondentAadObjectId) ?? throw new CaseRuleException(PreparationLeadText.NoAnswers);
    }

    private void Keep(MeetingPreparation? earlier, MeetingPreparation preparation)
    {
        if (earlier is null)
        {
            _preparations.Add(preparation);
        }
        else
        {
            _preparations[_preparations.IndexOf(earlier)] = preparation;
        }
    }
}
