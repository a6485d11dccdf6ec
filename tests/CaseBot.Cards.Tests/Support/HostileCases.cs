using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;

namespace CaseBot.Cards.Tests.Support;

/// <summary>
/// A case whose every free-text field holds Markdown a person could type: a disguised link first, then markup naming the field,
/// so a card that lets one through says which field it was.
/// </summary>
internal static class HostileCases
{
    public const string Link = "[Re-authenticate here](https://evil.example)";
    public const string Purpose = Link + " **purpose**\n# heading\n- listed\n1. numbered";
    public const string VenueDetail = Link + " _venue_";
    public const string ManagerName = Link + " **Morgan**";
    public const string ClinicianName = Link + " __Olive__";
    public const string KeyDate = Link + " ~~key date~~";
    public const string ActionDescription = Link + " **action** <https://evil.example/auto>";
    public const string Decision = Link + " *decision*";
    public const string Correction = Link + " `correction`";
    public const string OverrideReason = Link + " ***override***";
    public const string OtherTrigger = Link + " **other**";

    private static readonly DateTimeOffset Opened = AttendeeCases.Opened;

    public static Attendee Manager { get; } = AttendeeCases.Manager with { DisplayName = ManagerName };

    public static Attendee Clinician { get; } = AttendeeCases.Clinician with { DisplayName = ClinicianName };

    public static CriticalCaseAnswers Answers { get; } = new(true, true, true, new HashSet<Trigger> { Trigger.Other }, OtherTrigger);

    public static Recommendation Recommendation { get; } =
        MeetingRecommender.Recommend(new RecommendationRequest(CriticalCaseAssessment.Assess(Answers), NeedIdentifiedBy.Manager, true, false));

    /// <summary>Opened with the other meeting type (so it has an override reason) and a key date.</summary>
    public static CriticalCase Open()
    {
        var chosen = Recommendation.Type == MeetingType.CaseConference ? MeetingType.CaseManagementMeeting : MeetingType.CaseConference;
        var decision = MeetingRecommender.Override(Recommendation, chosen, OverrideReason);
        var criticalCase = CriticalCase.Open(
            AttendeeCases.CaseId, CaseReference.Parse(AttendeeCases.Reference), AttendeeCases.ManagerId, "tenant-1",
            new TriageRecord(NeedIdentifiedBy.Manager, Answers, true, false), decision, Opened);
        criticalCase.AddKeyDate(Opened.AddDays(3), KeyDate);
        return criticalCase;
    }

    public static MeetingPlan Plan(CriticalCase criticalCase)
        => MeetingPlan.Create(
            criticalCase.Reference, criticalCase.NextMeetingType, [Manager, Clinician, AttendeeCases.Caseworker], Purpose, TimeSpan.FromMinutes(60),
            Venue.NeutralVenue, VenueDetail, AttendeeCases.MeetingStart, AttendeeCases.ManagerId, Manager.Email);

    public static CriticalCase Booked()
    {
        var criticalCase = Open();
        criticalCase.Book(Plan(criticalCase), new BookedMeeting("event-1", null, null, null), Opened.AddDays(5));
        return criticalCase;
    }

    /// <summary>Held, with one hostile decision and action (the clinician's), and the clinician asking for a correction.</summary>
    public static CriticalCase Held()
    {
        var criticalCase = Booked();
        ActionItem[] actions = [new(new Guid("a0000000-0000-0000-0000-000000000001"), ActionDescription, Role.OhClinician, AttendeeCases.ClinicianId, new DateOnly(2026, 6, 10))];
        criticalCase.RecordMeeting(AttendeeCases.ManagerId, [Decision, "# not a heading"], actions, AttendeeCases.MeetingStart.AddHours(2));
        criticalCase.RespondToRecord(AttendeeCases.ClinicianId, false, Correction, AttendeeCases.MeetingStart.AddDays(1));
        return criticalCase;
    }
}
