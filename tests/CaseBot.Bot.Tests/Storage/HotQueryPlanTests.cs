using System.Text.RegularExpressions;
using CaseBot.Bot.CaseStore;
using CaseBot.Bot.Storage;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.Caseload;
using CaseBot.Cases.CriticalCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>
/// The lookups people wait for (<c>status REF</c>, a card click finding its case, <c>my actions</c>) are index searches, O(log n)
/// in the number of cases, never a scan of a table: checked with the database's own EXPLAIN of the query EF sends. Run per
/// provider by deriving.
/// </summary>
public abstract class HotQueryPlanTests : IAsyncLifetime
{
    private static readonly Regex SqliteScan = new(@"^SCAN\b", RegexOptions.Multiline);
    private static readonly Regex PostgresIndexScan = new(@"(Index Scan|Index Only Scan|Bitmap Index Scan) ");
    private readonly QueryPlanRecorder _plans = new();
    private TestDatabase? _database;
    private ICaseRepository _sut = null!;
    private IServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        var instance = await _database.StartInstanceAsync((services, _) => services.AddSingleton<IInterceptor>(_plans));
        _services = instance.Services;
        _sut = instance.Services.GetRequiredService<ICaseRepository>();
        for (var i = 0; i < 3; i++)
        {
            await _sut.AddAsync(TestCriticalCases.Open($"HR-PLAN-{i}", DateTimeOffset.UtcNow), default);
        }

        _plans.Clear();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [StorageFact]
    public async Task FindAsync_StatusLookupByReference_SearchesAnIndex()
    {
        Assert.NotNull(await _sut.FindAsync(TestCriticalCases.Tenant, CaseReference.Parse("HR-PLAN-1"), default));

        AssertNoScan("\"Reference\"");
    }

    [StorageFact]
    public async Task FindByIdAsync_CardClick_SearchesThePrimaryKey()
    {
        var id = (await _sut.FindAsync(TestCriticalCases.Tenant, CaseReference.Parse("HR-PLAN-2"), default))!.Id;
        _plans.Clear();

        Assert.NotNull(await _sut.FindByIdAsync(id, default));

        AssertNoScan("\"Id\"");
    }

    [StorageFact]
    public async Task ListForParticipantAsync_MyActions_SearchesTheParticipantIndexThenCasesByKey()
    {
        Assert.Equal(3, (await _sut.ListForParticipantAsync(TestCriticalCases.Tenant, TestCriticalCases.LeadId, default)).Count);

        AssertNoScan("\"CaseParticipants\"");
    }

    [StorageFact]
    public async Task ScanPage_DailyJobsNextPage_IsARangeOfThePrimaryKeyWithoutASort()
    {
        // The daily jobs read every open case a page at a time; a page that sorted every matching row made the scan quadratic.
        await using var db = await _services.GetRequiredService<ICaseBotDbContextFactory>().CreateDbContextAsync(default);
        Assert.Equal(3, (await EfCaseRepository.ScanPage(db, [nameof(CaseStage.Closed)], Guid.Empty).ToListAsync()).Count);

        var plan = AssertNoScan("\"Stage\"");
        Assert.DoesNotMatch(@"TEMP B-TREE|Sort", plan);
    }

    [StorageFact]
    public async Task OpenCasesAsync_ServicePageInEveryOrder_CountsAndPagesOnAnIndex()
    {
        var search = _services.GetRequiredService<ICaseloadSearch>();
        foreach (var sort in Enum.GetValues<CaseloadSort>())
        {
            foreach (var overdueOnly in new[] { false, true })
            {
                _plans.Clear();
                var query = new CaseloadQuery(null, null, null, overdueOnly, sort, 1, 50, DateOnly.FromDateTime(DateTime.UtcNow));

                var page = await search.OpenCasesAsync(TestCriticalCases.Tenant, query, default);

                Assert.Equal(overdueOnly ? 0 : 3, page.Total);
                var plans = _plans.Plans.Where(p => p.Sql.Contains("\"ClosedAt\" IS NULL", StringComparison.Ordinal)).ToList();
                Assert.NotEmpty(plans);
                foreach (var (sql, plan) in plans)
                {
                    Assert.False(SqliteScan.IsMatch(plan) || plan.Contains("Seq Scan", StringComparison.Ordinal), $"A full scan in the plan of\n{sql}\n{plan}");
                }
            }
        }
    }

    private string AssertNoScan(string sqlContaining)
    {
        var (sql, plan) = Assert.Single(_plans.Plans, p => p.Sql.Contains(sqlContaining, StringComparison.Ordinal));
        // PostgreSQL: no sequential scan, and every index scan searches (has an Index Cond) rather than reading the whole index.
        var indexScans = PostgresIndexScan.Matches(plan).Count;
        var searches = Regex.Matches(plan, "Index Cond:").Count;
        var scans = SqliteScan.IsMatch(plan) || plan.Contains("Seq Scan", StringComparison.Ordinal) || indexScans > searches;
        Assert.False(scans, $"A full scan in the plan of\n{sql}\n{plan}");
        Assert.Matches(@"SEARCH|Index", plan);
        return plan;
    }
}
