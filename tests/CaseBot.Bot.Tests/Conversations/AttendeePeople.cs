using System.Text.Json;
using CaseBot.Bot.Delivery;
using CaseBot.Bot.Storage;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>
/// The people of the attendee tests (the lead is the harness's default user and organises the meeting), cases seeded at each
/// stage through the domain and the repository, and readers for what the bot answered and queued.
/// </summary>
internal static class AttendeePeople
{
    public const string LeadId = "00000000-0000-0000-0000-0000000000aa";
    public const string LeadEmail = "test.user@example.org";
    public const string ClinicianId = "00000000-0000-0000-0000-0000000000b2";
    public const string CaseworkerId = "00000000-0000-0000-0000-0000000000c3";
    public const string StrangerId = "33333333-3333-3333-3333-333333333333";

    public static Attendee Lead { get; } = new(Role.ReferringManager, "Test User", LeadEmail, LeadId);

    public static Attendee Clinician { get; } = new(Role.OhClinician, "Olive Clinician", "olive.clinician@example.org", ClinicianId);

    public static Attendee Caseworker { get; } = new(Role.EpsCaseworker, "Ezra Caseworker", "ezra.caseworker@example.org", CaseworkerId);

    public static Attendee Individual { get; } = new(Role.Individual, "Isla Individual", "isla.individual@example.org", null);

    /// <summary>The Teams chat of the seeded conference, as Graph's join link names it and Teams' meeting events come from.</summary>
    public const string MeetingChat = "19:meeting_OTg5ZjY4YTIt@thread.v2";

    public const string MeetingJoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTg5ZjY4YTIt%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d";

    public const string IndividualId = "00000000-0000-0000-0000-0000000000d4";

    /// <summary>The individual as a Teams user who has CaseBot.</summary>
    public static Attendee IndividualInTeams { get; } = Individual with { AadObjectId = IndividualId };

    public static ChannelAccount Account(string aadObjectId) => new($"29:{aadObjectId}", "Someone", aadObjectId);

    /// <summary>Switches who is clicking.</summary>
    public static void ActAs(this ConversationHarness harness, string aadObjectId)
        => harness.Adapter.User = aadObjectId == LeadId ? new ChannelAccount("29:test-user", "Test User", LeadId) : Account(aadObjectId);

    /// <summary>A Case Conference booked a week ahead with the lead, the clinician, the caseworker (all with Teams ids) and the individual (without).</summary>
    public static async Task<CriticalCase> SeedBookedAsync(this ConversationHarness harness, string reference = "HR-2026-0142")
    {
        var criticalCase = Booked(harness, reference, [Lead, Clinician, Caseworker, Individual]);
        await harness.Services.GetRequiredService<ICaseRepository>().AddAsync(criticalCase, default);
        return criticalCase;
    }

    /// <summary>Triaged, nothing booked yet.</summary>
    public static async Task<CriticalCase> SeedOpenAsync(this ConversationHarness harness, string reference = "HR-2026-0142")
    {
        var criticalCase = Open(harness, reference);
        await harness.Services.GetRequiredService<ICaseRepository>().AddAsync(criticalCase, default);
        return criticalCase;
    }

    /// <summary>A Case Conference a week ahead with the lead, the clinician, the caseworker and the individual, all in Teams.</summary>
    public static MeetingPlan PlanWithIndividual(ConversationHarness harness, CriticalCase criticalCase) => MeetingPlan.Create(
        criticalCase.Reference, MeetingType.CaseConference, [Lead, Clinician, Caseworker, IndividualInTeams], "Agree adjustments and a return-to-work plan.",
        TimeSpan.FromMinutes(90), Venue.WorkBase, null, harness.Clock.GetUtcNow().AddDays(7), LeadId, LeadEmail);

    /// <summary>A Case Conference booked a week ahead with the lead, the clinician, the caseworker and the individual, all in Teams.</summary>
    public static async Task<CriticalCase> SeedBookedWithIndividualAsync(this ConversationHarness harness, string reference = "HR-2026-0142")
    {
        var criticalCase = Booked(harness, reference, [Lead, Clinician, Caseworker, IndividualInTeams]);
        await harness.Services.GetRequiredService<ICaseRepository>().AddAsync(criticalCase, default);
        return criticalCase;
    }

    /// <summary>Booked and held, with three open actions: the clinician's (due in 10 days), the caseworker's (2 days), the lead's (20 days).</summary>
    public static async Task<CriticalCase> SeedHeldAsync(this ConversationHarness harness, string reference = "HR-2026-0142")
    {
        var criticalCase = Booked(harness, reference, [Lead, Clinician, Caseworker, Individual]);
        var today = DateOnly.FromDateTime(harness.Clock.GetUtcNow().UtcDateTime);
        criticalCase.RecordMeeting(
            LeadId, ["Phased return agreed"],
            [
                new ActionItem(Guid.NewGuid(), "Send the adjustments report", Role.OhClinician, ClinicianId, today.AddDays(10)),
                new ActionItem(Guid.NewGuid(), "Book the review", Role.EpsCaseworker, CaseworkerId, today.AddDays(2)),
                new ActionItem(Guid.NewGuid(), "Order the desk", Role.ReferringManager, LeadId, today.AddDays(20)),
            ],
            harness.Clock.GetUtcNow());
        await harness.Services.GetRequiredService<ICaseRepository>().AddAsync(criticalCase, default);
        return criticalCase;
    }

    /// <summary>
    /// A CMM case with <paramref name="owners"/> actions, one per owner: Teams allows 20 people per meeting, so the owners come
    /// from several meetings, each booked and held in turn (as a case that meets repeatedly would).
    /// </summary>
    public static async Task<(CriticalCase Case, IReadOnlyList<string> OwnerIds)> SeedManyOwnersAsync(this ConversationHarness harness, int owners)
    {
        var criticalCase = Open(harness, "HR-2026-0500");
        var ids = Enumerable.Range(1, owners).Select(i => $"00000000-0000-0000-0001-{i:000000000000}").ToList();
        var now = harness.Clock.GetUtcNow();
        foreach (var batch in ids.Chunk(MeetingPlan.MaxAttendees - 1))
        {
            var people = batch.Select((id, i) => new Attendee(Role.Other, $"Owner {id[^3..]}", $"owner{id[^6..]}@example.org", id)).Prepend(Lead).ToList();
            var plan = MeetingPlan.Create(criticalCase.Reference, MeetingType.CaseManagementMeeting, people, "Agree the actions.", TimeSpan.FromHours(1), Venue.OnlineOnly, null, now.AddDays(1), LeadId, LeadEmail);
            criticalCase.Book(plan, new BookedMeeting($"event-{criticalCase.NextMeetingNumber}", null, null, null), now);
            criticalCase.RecordMeeting(LeadId, [], [.. batch.Select(id => new ActionItem(Guid.NewGuid(), $"Action of {id[^3..]}", Role.Other, id, DateOnly.FromDateTime(now.UtcDateTime).AddDays(7)))], now);
        }

        await harness.Services.GetRequiredService<ICaseRepository>().AddAsync(criticalCase, default);
        return (criticalCase, ids);
    }

    public static async Task<CriticalCase> ReloadAsync(this ConversationHarness harness, Guid caseId)
        => (await harness.Services.GetRequiredService<ICaseRepository>().FindByIdAsync(caseId, default))!;

    public static async Task<List<OutboxMessageEntity>> OutboxAsync(this ConversationHarness harness, Guid caseId)
    {
        await using var db = await harness.Services.GetRequiredService<ICaseBotDbContextFactory>().CreateDbContextAsync(default);
        return await db.OutboxMessages.AsNoTracking().Where(m => m.CaseId == caseId).OrderBy(m => m.DedupKey).ToListAsync();
    }

    /// <summary>The card the last invoke answered with (fails the test when the answer was not a card).</summary>
    public static JsonElement AnsweredCard(this ConversationHarness harness)
    {
        var answer = harness.Last.CardResponse;
        Assert.NotNull(answer);
        Assert.Equal((200, "application/vnd.microsoft.card.adaptive"), (answer.StatusCode, answer.Type));
        return answer.Value!.Value;
    }

    /// <summary>Every Action.Execute on a card (body action sets, bottom actions, show-cards): title, verb and data.</summary>
    public static List<(string Title, string Verb, JsonElement Data)> Executes(JsonElement card)
    {
        var found = new List<(string, string, JsonElement)>();
        Walk(card, found);
        return found;
    }

    /// <summary>The card's top notice line, if it has one.</summary>
    public static string? Notice(JsonElement card)
        => card.GetProperty("body").EnumerateArray().FirstOrDefault(e => e.TryGetProperty("id", out var id) && id.GetString() == "notice") is { ValueKind: JsonValueKind.Object } notice
            ? notice.GetProperty("items")[0].GetProperty("text").GetString()
            : null;

    private static void Walk(JsonElement element, List<(string, string, JsonElement)> found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, found);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute" && element.TryGetProperty("title", out var title))
            {
                found.Add((title.GetString()!, element.GetProperty("verb").GetString()!, element.TryGetProperty("data", out var data) ? data : default));
            }

            foreach (var property in element.EnumerateObject().Where(p => p.Name != "refresh"))
            {
                Walk(property.Value, found);
            }
        }
    }

    private static CriticalCase Open(ConversationHarness harness, string reference)
    {
        var answers = new CriticalCaseAnswers(true, true, true, new HashSet<Trigger> { Trigger.ProcessStuck });
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(CriticalCaseAssessment.Assess(answers), NeedIdentifiedBy.Manager, true, false));
        return CriticalCase.Open(
            Guid.NewGuid(), CaseReference.Parse(reference), LeadId, harness.Adapter.Conversation.TenantId!,
            new TriageRecord(NeedIdentifiedBy.Manager, answers, true, false), MeetingRecommender.Accept(recommendation), harness.Clock.GetUtcNow());
    }

    private static CriticalCase Booked(ConversationHarness harness, string reference, IReadOnlyList<Attendee> attendees)
    {
        var criticalCase = Open(harness, reference);
        var plan = MeetingPlan.Create(
            criticalCase.Reference, MeetingType.CaseConference, attendees, "Agree adjustments and a return-to-work plan.", TimeSpan.FromMinutes(90),
            Venue.WorkBase, null, harness.Clock.GetUtcNow().AddDays(7), LeadId, LeadEmail);
        criticalCase.Book(plan, new BookedMeeting("event-1", MeetingJoinUrl, null, null, MeetingChat), harness.Clock.GetUtcNow());
        return criticalCase;
    }
}
