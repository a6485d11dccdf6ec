using System.Collections.Concurrent;
using CaseBot.Bot.Storage;
using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.FileProviders;

namespace CaseBot.Bench.Driver;

/// <summary>
/// Cases whose meeting was held and whose open actions are owned by the bench's managers, written into the SQLite file before the
/// bot starts, through CaseBot's own storage registration and repository (the same rows a real record makes). The invoke point then
/// ticks them: every tick is a real one (the owner's open action: the case saved and the action-list cards queued in the outbox).
/// </summary>
internal static class TickSeed
{
    public const int ActionsPerCase = 4;

    /// <summary>Seeds <paramref name="cases"/> cases into <paramref name="databasePath"/> and returns each with its actions' ids.</summary>
    public static async Task<IReadOnlyList<SeededCase>> SeedSqliteAsync(string databasePath, int cases, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(databasePath)!;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = databasePath,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new SeedEnvironment(folder));
        services.AddCaseBotStorage(configuration);
        var seeded = new ConcurrentBag<SeededCase>();
        await using (var provider = services.BuildServiceProvider())
        {
            foreach (var hosted in provider.GetServices<IHostedService>())
            {
                await hosted.StartAsync(cancellationToken);
            }

            var repository = provider.GetRequiredService<ICaseRepository>();
            var now = DateTimeOffset.UtcNow;

            // Concurrent adds share group commits, as the bot's own writes do.
            await Parallel.ForEachAsync(Enumerable.Range(0, cases), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken }, async (i, ct) =>
            {
                var manager = BenchIdentity.ManagerOf(i);
                var criticalCase = HeldCase($"TICK-{i:D7}", manager, now);
                await repository.AddAsync(criticalCase, ct);
                seeded.Add(new SeededCase(criticalCase.Id, criticalCase.Reference.Value, manager, [.. criticalCase.OpenActions.Select(a => a.Id)]));
            });
        }

        SqliteConnection.ClearAllPools();
        return [.. seeded];
    }

    private static CriticalCase HeldCase(string reference, int manager, DateTimeOffset now)
    {
        var lead = BenchIdentity.AadObjectId(manager);
        var answers = new CriticalCaseAnswers(true, true, false, new HashSet<Trigger> { Trigger.ProcessStuck });
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(CriticalCaseAssessment.Assess(answers), NeedIdentifiedBy.Individual, true, true));
        var criticalCase = CriticalCase.Open(
            Guid.NewGuid(), CaseReference.Parse(reference), lead, BenchIdentity.TenantId, new TriageRecord(NeedIdentifiedBy.Individual, answers, true, true),
            MeetingRecommender.Accept(recommendation), now);
        var attendees = new[]
        {
            new Attendee(Role.ReferringManager, "Bench Manager", "manager@bench.example", lead),
            new Attendee(Role.OhClinician, "Bench Clinician", "clinician@bench.example", "00000000-0000-4000-9000-000000000001"),
            new Attendee(Role.Individual, "Bench Individual", "individual@bench.example", null),
        };
        var plan = MeetingPlan.Create(
            criticalCase.Reference, criticalCase.Decision.Chosen, attendees, "Agree the next steps.", TimeSpan.FromHours(1), Venue.OnlineOnly, null,
            now.AddDays(-1), lead, attendees[0].Email);
        criticalCase.Book(plan, new BookedMeeting($"event-{reference}", null, null, null), now);
        var due = DateOnly.FromDateTime(now.UtcDateTime).AddDays(14);
        var actions = Enumerable.Range(1, ActionsPerCase)
            .Select(n => new ActionItem(Guid.NewGuid(), $"Bench action {n}", Role.ReferringManager, lead, due)).ToList();
        criticalCase.RecordMeeting(lead, ["Bench decision"], actions, now);
        return criticalCase;
    }

    private sealed class SeedEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "CaseBot.Bench.Driver";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
