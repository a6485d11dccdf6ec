using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;

namespace CaseBot.Cards.Tests.Support;

/// <summary>A Case Conference and a CMM with made-up people, booked, held and part-ticked, for the attendees' cards.</summary>
internal static class AttendeeCases
{
    public const string ManagerId = "00000000-0000-0000-0000-0000000000a1";
    public const string ClinicianId = "00000000-0000-0000-0000-0000000000b2";
    public const string CaseworkerId = "00000000-0000-0000-0000-0000000000c3";
    public const string Reference = "HR-2026-0142";
    public const string KeyDate = "Fit note ends";
    public const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0";

    public static readonly DateTimeOffset Opened = new(2026, 5, 20, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset MeetingStart = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(1));
    public static readonly DateOnly Today = new(2026, 6, 12);
    public static readonly TimeZoneInfo Uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    // Fixed ids, so the cards' JSON snapshots are stable.
    public static readonly Guid CaseId = new("c0000000-0000-0000-0000-000000000142");

    public static Attendee Manager { get; } = new(Role.ReferringManager, "Morgan Manager", "morgan.manager@example.org", ManagerId);

    public static Attendee Clinician { get; } = new(Role.OhClinician, "Olive Clinician", "olive.clinician@example.org", ClinicianId);

    public static Attendee Caseworker { get; } = new(Role.EpsCaseworker, "Ezra Caseworker", "ezra.caseworker@example.org", CaseworkerId);

    public static Attendee Individual { get; } = new(Role.Individual, "Isla Individual", "isla.individual@example.org", null);

    public static CriticalCase Open(MeetingType type = MeetingType.CaseConference)
    {
        var answers = new CriticalCaseAnswers(true, true, true, new HashSet<Trigger> { Trigger.ProcessStuck });
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(CriticalCaseAssessment.Assess(answers), NeedIdentifiedBy.Manager, type == MeetingType.CaseConference, type != MeetingType.CaseConference));
        var decision = recommendation.Type == type ? MeetingRecommender.Accept(recommendation) : MeetingRecommender.Override(recommendation, type, "The lead chose it.");
        var criticalCase = CriticalCase.Open(CaseId, CaseReference.Parse(Reference), ManagerId, "tenant-1", new TriageRecord(NeedIdentifiedBy.Manager, answers, true, false), decision, Opened);
        criticalCase.AddKeyDate(Opened.AddDays(3), KeyDate);
        return criticalCase;
    }

    /// <summary>A Case Conference at a neutral venue with a join link, or a CMM at the work base without one.</summary>
    public static CriticalCase Booked(MeetingType type = MeetingType.CaseConference)
    {
        var criticalCase = Open(type);
        var conference = type == MeetingType.CaseConference;
        var plan = MeetingPlan.Create(
            criticalCase.Reference, type, conference ? [Manager, Clinician, Caseworker, Individual] : [Manager, Clinician, Caseworker],
            "Agree workplace adjustments and a return-to-work plan.", TimeSpan.FromMinutes(90),
            conference ? Venue.NeutralVenue : Venue.WorkBase, conference ? "Room 2, Civic Centre" : null, MeetingStart, ManagerId, Manager.Email);
        criticalCase.Book(plan, new BookedMeeting("event-1", conference ? JoinUrl : null, null, null), Opened.AddDays(5));
        return criticalCase;
    }

    /// <summary>Held with two decisions and three actions: the clinician's (overdue on <see cref="Today"/>), the caseworker's (done), the manager's (open).</summary>
    public static CriticalCase Held()
    {
        var criticalCase = Booked();
        criticalCase.RecordMeeting(ManagerId, ["Phased return over four weeks", "Review in six weeks"], Actions(), MeetingStart.AddHours(2));
        criticalCase.TickAction(criticalCase.Actions[1].Id, CaseworkerId, MeetingStart.AddDays(2));
        return criticalCase;
    }

    public static ActionItem[] Actions() =>
    [
        new(new Guid("a0000000-0000-0000-0000-000000000001"), "Send the adjustments report", Role.OhClinician, ClinicianId, new DateOnly(2026, 6, 10)),
        new(new Guid("a0000000-0000-0000-0000-000000000002"), "Book the phased-return review", Role.EpsCaseworker, CaseworkerId, new DateOnly(2026, 6, 5)),
        new(new Guid("a0000000-0000-0000-0000-000000000003"), "Order the adjustable desk", Role.ReferringManager, ManagerId, new DateOnly(2026, 6, 30)),
    ];
}
