using CaseBot.Bot.Access;
using CaseBot.Bot.AdviceLine;
using CaseBot.Bot.Delivery;
using CaseBot.Bot.Jobs;
using CaseBot.Bot.Storage;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.Actions;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.Audit;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.Jobs;

/// <summary>
/// The host's registrations for the jobs (storage, advice line, access and audit, jobs) over a temp SQLite file or a PostgreSQL
/// database, on a fake clock. The runner's own loop is off (Jobs:Enabled=false) unless a test turns it on; tests call it directly.
/// </summary>
internal sealed class JobsHost : IAsyncDisposable
{
    public const string AdminId = "22222222-2222-2222-2222-222222222222";

    /// <summary>Wednesday 25 November 2026, 07:30 UK time (GMT): after the reminders' and the stuck check's run times.</summary>
    public static readonly DateTimeOffset Wednesday = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);

    private readonly StorageServices _services;

    private JobsHost(FakeTimeProvider clock, Dictionary<string, string?> settings, Action<IServiceCollection>? extra)
    {
        Clock = clock;
        _services = StorageServices.Sqlite(
            (services, configuration) =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddAdviceLine(configuration);
                services.AddCaseAccessAndAudit(configuration);
                services.AddCaseBotJobs(configuration);
                extra?.Invoke(services);
            },
            settings);
    }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _services.Provider;

    public ICaseRepository Cases => Services.GetRequiredService<ICaseRepository>();

    public ScheduledJobRunner Runner => Services.GetRequiredService<ScheduledJobRunner>();

    /// <param name="clock">Shared by two hosts that stand for two instances.</param>
    /// <param name="settings">Extra configuration; Storage:SqlitePath (absolute) or a PostgreSQL connection makes hosts share a database.</param>
    /// <param name="extra">More registrations, e.g. a test job.</param>
    public static async Task<JobsHost> StartAsync(FakeTimeProvider? clock = null, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? extra = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["AdviceLine:Phone"] = "023 8062 6600",
            ["AdviceLine:Email"] = "oh@example.org",
            ["AdviceLine:ClosedDates:0"] = "2026-12-25",
            ["Admin:ObjectIds:0"] = AdminId,
            ["Jobs:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var host = new JobsHost(clock ?? new FakeTimeProvider(Wednesday), all, extra);
        await host._services.StartAsync();
        return host;
    }

    public static Dictionary<string, string?> Postgres(string connectionString)
        => new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:CaseBot"] = connectionString };

    public T Job<T>()
        where T : IScheduledJob
        => Services.GetServices<IScheduledJob>().OfType<T>().Single();

    /// <summary>The run a job would get for <paramref name="day"/> now.</summary>
    public JobRun RunFor(string job, DateOnly? day = null)
    {
        var date = day ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Services.GetRequiredService<AdviceLineHours>().Zone).DateTime);
        return new JobRun(job, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date, Clock.GetUtcNow());
    }

    public async Task<CaseBotDbContext> DbAsync() => await Services.GetRequiredService<ICaseBotDbContextFactory>().CreateDbContextAsync(default);

    public async Task<List<OutboxMessageEntity>> OutboxAsync()
    {
        await using var db = await DbAsync();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedAt).ThenBy(m => m.DedupKey).ToListAsync();
    }

    public async Task<List<JobRunEntity>> JobRunsAsync()
    {
        await using var db = await DbAsync();
        return await db.JobRuns.AsNoTracking().ToListAsync();
    }

    public async Task<IReadOnlyList<AuditRecord>> AuditAsync(string reference)
        => await Services.GetRequiredService<IAuditLog>().ForCaseAsync(TestCriticalCases.Tenant, CaseReference.Parse(reference), default);

    /// <summary>A case opened now whose meeting was held with these actions agreed (stage ActionsOpen), saved.</summary>
    public async Task<CriticalCase> AddCaseWithActionsAsync(string reference, params ActionItem[] actions)
    {
        var criticalCase = TestCriticalCases.Open(reference, Clock.GetUtcNow());
        await Cases.AddAsync(criticalCase, default);
        criticalCase.Book(TestCriticalCases.Plan(criticalCase), new BookedMeeting("event-" + reference, null, null, null), Clock.GetUtcNow());
        criticalCase.RecordMeeting(TestCriticalCases.LeadId, ["Agreed a plan"], actions, Clock.GetUtcNow());
        await Cases.UpdateAsync(criticalCase, TestCriticalCases.LeadId, default);
        return (await Cases.FindByIdAsync(criticalCase.Id, default))!;
    }

    public async Task<CriticalCase> ReloadAsync(CriticalCase criticalCase) => (await Cases.FindByIdAsync(criticalCase.Id, default))!;

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
