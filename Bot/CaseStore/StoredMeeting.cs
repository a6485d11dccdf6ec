using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Bot.CaseStore;

/// <summary>The stored JSON shape of a case meeting (a <see cref="MeetingPlan"/> is restored as stored, without its rules of today).</summary>
internal sealed record StoredMeeting(
    int Number,
    MeetingType Type,
    IReadOnlyList<Attendee> Attendees,
    string Purpose,
    int DurationMinutes,
    Venue Venue,
    string? VenueDetail,
    DateTimeOffset Start,
    string OrganiserAadObjectId,
    string OrganiserEmail,
    string EventId,
    string? JoinUrl,
    string? WebLink,
    MeetingStatus Status,
    string? ChatId = null,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? EndedAt = null)
{
    public static StoredMeeting From(CaseMeeting meeting)
    {
        var plan = meeting.Plan;
        return new StoredMeeting(
            meeting.Number, plan.Type, plan.Attendees, plan.Purpose, (int)plan.Duration.TotalMinutes, plan.Venue, plan.VenueDetail, plan.Start,
            plan.OrganiserAadObjectId, plan.OrganiserEmail, meeting.EventId, meeting.JoinUrl, meeting.WebLink, meeting.Status,
            meeting.ChatId, meeting.StartedAt, meeting.EndedAt);
    }

    public CaseMeeting ToMeeting(CaseReference reference)
    {
        var plan = MeetingPlan.Restore(reference, Type, Attendees, Purpose, TimeSpan.FromMinutes(DurationMinutes), Venue, VenueDetail, Start, OrganiserAadObjectId, OrganiserEmail);
        return new CaseMeeting(Number, plan, EventId, JoinUrl, WebLink, Status, ChatId, StartedAt, EndedAt);
    }
}
