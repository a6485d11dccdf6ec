using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;

namespace CaseBot.TestSupport.Cases;

/// <summary>A Case Conference with made-up people: the lead organises, two professionals have Teams ids, the individual has none.</summary>
public static class AttendeeTestCases
{
    public const string TenantId = "tenant-1";
    public const string LeadId = "00000000-0000-0000-0000-0000000000a1";
    public const string ClinicianId = "00000000-0000-0000-0000-0000000000b2";
    public const string CaseworkerId = "00000000-0000-0000-0000-0000000000c3";

    public static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly TimeZoneInfo Uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static Attendee Lead { get; } = new(Role.ReferringManager, "Morgan Manager", "morgan.manager@example.org", LeadId);

    public static Attendee Clinician { get; } = new(Role.OhClinician, "Olive Clinician", "olive.clinician@example.org", ClinicianId);

    public static Attendee Caseworker { get; } = new(Role.EpsCaseworker, "Ezra Caseworker", "ezra.caseworker@example.org", CaseworkerId);

    public static Attendee Individual { get; } = new(Role.Individual, "Isla Individual", "isla.individual@example.org", null);

    public const string IndividualId = "00000000-0000-0000-0000-0000000000d4";
    public const string RepresentativeId = "00000000-0000-0000-0000-0000000000e5";

    /// <summary>The individual as a Teams user who has CaseBot, so CaseBot can write to them.</summary>
    public static Attendee IndividualInTeams { get; } = Individual with { AadObjectId = IndividualId };

    public static Attendee Representative { get; } = new(Role.Representative, "Rory Representative", "rory.rep@example.org", RepresentativeId);

    /// <summary>The Case Conference booked with the individual and their representative in Teams.</summary>
    public static CriticalCase BookedWithIndividual()
    {
        var criticalCase = Opened();
        var plan = MeetingPlan.Create(
            criticalCase.Reference, MeetingType.CaseConference, [Lead, Clinician, Caseworker, IndividualInTeams, Representative], "Agree adjustments.",
            TimeSpan.FromHours(1), Venue.WorkBase, null, Now.AddDays(1), LeadId, Lead.Email);
        criticalCase.Book(plan, new BookedMeeting("event-1", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0", null, null), Now.AddDays(-5));
        return criticalCase;
    }

    /// <summary>Triaged ten days ago as needing a Case Conference, nothing booked yet.</summary>
    public static CriticalCase Opened()
    {
        var answers = new CriticalCaseAnswers(true, true, true, new HashSet<Trigger> { Trigger.ProcessStuck });
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(CriticalCaseAssessment.Assess(answers), NeedIdentifiedBy.Manager, true, false));
        return CriticalCase.Open(
            Guid.NewGuid(), CaseReference.Parse("HR-2026-0142"), LeadId, TenantId, new TriageRecord(NeedIdentifiedBy.Manager, answers, true, false),
            MeetingRecommender.Accept(recommendation), Now.AddDays(-10));
    }

    /// <summary>The Case Conference of <paramref name="criticalCase"/>: tomorrow for an hour, the lead, two professionals and the individual.</summary>
    public static MeetingPlan Plan(CriticalCase criticalCase) => MeetingPlan.Create(
        criticalCase.Reference, MeetingType.CaseConference, [Lead, Clinician, Caseworker, Individual], "Agree adjustments.", TimeSpan.FromHours(1),
        Venue.WorkBase, null, Now.AddDays(1), LeadId, Lead.Email);

    public static CriticalCase Booked()
    {
        var criticalCase = Opened();
        criticalCase.Book(Plan(criticalCase), new BookedMeeting("event-1", null, null, null), Now.AddDays(-5));
        return criticalCase;
    }

    public static CriticalCase Held()
    {
        var criticalCase = Booked();
        criticalCase.RecordMeeting(LeadId, ["Phased return agreed"], [new ActionItem(Guid.NewGuid(), "Send the report", Role.OhClinician, ClinicianId, new DateOnly(2026, 6, 10))], Now.AddDays(1));
        return criticalCase;
    }

    /// <summary>The same case as a repository would return it: a new object each read.</summary>
    public static CriticalCase Copy(CriticalCase criticalCase) => CriticalCase.Restore(
        criticalCase.Id, criticalCase.Reference, criticalCase.LeadAadObjectId, criticalCase.TenantId, criticalCase.Triage, criticalCase.Decision,
        criticalCase.Stage, criticalCase.History, criticalCase.Version, criticalCase.Progress);
}
