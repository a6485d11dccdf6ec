using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>
/// The board tests' people (Entra-style ids; the advice line and the admin configured as such by <see cref="Settings"/>) and their
/// cases, built through the domain: opened, booked and held with actions, so the board has stages, meetings and overdue actions to show.
/// </summary>
internal static class TabPeople
{
    public const string LeadId = "00000000-0000-4000-8000-00000000a001";
    public const string ClinicianId = "00000000-0000-4000-8000-00000000b002";
    public const string CaseworkerId = "00000000-0000-4000-8000-00000000c003";
    public const string AdviceLineId = "00000000-0000-4000-8000-00000000d004";
    public const string AdminId = "00000000-0000-4000-8000-00000000e005";
    public const string StrangerId = "00000000-0000-4000-8000-00000000f006";
    public const string ServiceId = "00000000-0000-4000-8000-00000000a107";
    public const string LeadEmail = "lead@example.org";

    public static Attendee Lead { get; } = new(Role.ReferringManager, "Lee Lead", LeadEmail, LeadId);

    public static Attendee Clinician { get; } = new(Role.OhClinician, "Olive Clinician", "olive@example.org", ClinicianId);

    public static Attendee Caseworker { get; } = new(Role.EpsCaseworker, "Ezra Caseworker", "ezra@example.org", CaseworkerId);

    /// <summary>Access grants and the local picker's people (Directory:People), as the Development settings list the Playground's.</summary>
    public static Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AdviceLine:StaffObjectIds:0"] = AdviceLineId,
            ["Admin:ObjectIds:0"] = AdminId,
            ["Service:ObjectIds:0"] = ServiceId,
            // The daily jobs run on start on the real clock: a stuck-case flag or a reminder would save the tests' cases in between.
            ["Jobs:Enabled"] = "false",
        };
        string[][] people = [["Lee Lead", LeadId], ["Olive Clinician", ClinicianId], ["Ezra Caseworker", CaseworkerId], ["Ada Adviser", AdviceLineId], ["Alma Admin", AdminId], ["Sam Stranger", StrangerId], ["Sue Service", ServiceId]];
        for (var i = 0; i < people.Length; i++)
        {
            settings[$"Directory:People:{i}:DisplayName"] = people[i][0];
            settings[$"Directory:People:{i}:Email"] = $"person{i}@example.org";
            settings[$"Directory:People:{i}:AadObjectId"] = people[i][1];
        }

        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A new case led by <see cref="LeadId"/>, a Case Conference recommended and accepted.</summary>
    public static CriticalCase Open(string tenant, string reference, DateTimeOffset now)
    {
        var answers = new CriticalCaseAnswers(true, true, true, new HashSet<Trigger> { Trigger.LifeChangingEvent });
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(CriticalCaseAssessment.Assess(answers), NeedIdentifiedBy.Manager, false, true));
        return CriticalCase.Open(
            Guid.NewGuid(), CaseReference.Parse(reference), LeadId, tenant, new TriageRecord(NeedIdentifiedBy.Manager, answers, false, true),
            MeetingRecommender.Accept(recommendation), now);
    }

    /// <summary>Booked for <paramref name="start"/> (online, with a Teams link) with the clinician and the caseworker.</summary>
    public static CriticalCase Booked(string tenant, string reference, DateTimeOffset now, DateTimeOffset start)
    {
        var criticalCase = Open(tenant, reference, now.AddDays(-30));
        var plan = MeetingPlan.Create(
            criticalCase.Reference, criticalCase.NextMeetingType, [Lead, Clinician, Caseworker], "Agree how to move the case on.", TimeSpan.FromHours(1),
            Venue.OnlineOnly, null, start, LeadId, LeadEmail);
        criticalCase.Book(plan, new BookedMeeting("event-1", "https://teams.microsoft.com/l/meetup-join/example", null, null), now.AddDays(-20));
        return criticalCase;
    }

    /// <summary>Held ten days ago: the clinician's action is overdue by three days, the caseworker's due in a week.</summary>
    public static CriticalCase Held(string tenant, string reference, DateTimeOffset now)
    {
        var criticalCase = Booked(tenant, reference, now, now.AddDays(-10));
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        criticalCase.RecordMeeting(
            LeadId, ["Phased return agreed"],
            [
                new ActionItem(Guid.NewGuid(), "Send the adjustments report", Role.OhClinician, ClinicianId, today.AddDays(-3)),
                new ActionItem(Guid.NewGuid(), "Book the review", Role.EpsCaseworker, CaseworkerId, today.AddDays(7)),
            ],
            now.AddDays(-10));
        return criticalCase;
    }
}
