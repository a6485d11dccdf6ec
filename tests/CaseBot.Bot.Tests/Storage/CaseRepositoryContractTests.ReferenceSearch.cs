using CaseBot.Bot.CaseStore;
using CaseBot.Bot.Storage;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.CriticalCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>The case board's reference search: by the start of a reference, in order, per tenant, and an index range, never a scan.</summary>
public abstract partial class CaseRepositoryContractTests
{
    private ICaseReferenceSearch Search => First.Services.GetRequiredService<ICaseReferenceSearch>();

    [StorageFact]
    public async Task StartingWithAsync_APrefixWithPunctuation_FindsTheTenantsReferencesInOrdinalOrder()
    {
        foreach (var reference in new[] { "HR-2026-0142", "HR-2026-0009", "HR.2026", "HR-2027-0001", "HRX-1", "OH-2026-0001" })
        {
            await Sut.AddAsync(Open(reference, TestCriticalCases.Tenant), default);
        }

        await Sut.AddAsync(Open("HR-2026-0500", "another-tenant"), default);

        Assert.Equal(["HR-2026-0009", "HR-2026-0142", "HR-2027-0001"], Values(await Search.StartingWithAsync(TestCriticalCases.Tenant, "hr-", null, 10, default)));
        Assert.Equal(["HR-2026-0009", "HR-2026-0142"], Values(await Search.StartingWithAsync(TestCriticalCases.Tenant, "HR-2026", null, 10, default)));
        Assert.Equal(["HR-2026-0009"], Values(await Search.StartingWithAsync(TestCriticalCases.Tenant, "HR-2026", null, 1, default)));
        Assert.Empty(await Search.StartingWithAsync(TestCriticalCases.Tenant, "HR-2028", null, 10, default));
    }

    [StorageFact]
    public async Task StartingWithAsync_ForAParticipant_FindsOnlyCasesTheyLeadOrAttend()
    {
        await Sut.AddAsync(Open("HR-2026-0001", TestCriticalCases.Tenant), default);
        await Sut.AddAsync(TestCriticalCases.Open("HR-2026-0002", Clock.GetUtcNow(), lead: "00000000-0000-0000-0000-0000000000c9"), default);

        var found = await Search.StartingWithAsync(TestCriticalCases.Tenant, "HR-2026", TestCriticalCases.LeadId.ToUpperInvariant(), 10, default);

        Assert.Equal(["HR-2026-0001"], Values(found));
    }

    [StorageFact]
    public async Task StartingWithAsync_Plan_IsARangeOfTheTenantAndReferenceIndex()
    {
        await using var db = await First.Services.GetRequiredService<ICaseBotDbContextFactory>().CreateDbContextAsync(default);
        var sql = EfCaseRepository.ReferencesStartingWith(db, TestCriticalCases.Tenant, "HR-2026", null).Take(20).ToQueryString();

        var plan = await ExplainAsync(db, sql);

        Assert.Contains("IX_Cases_TenantId_Reference", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN Cases", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on \"Cases\"", plan, StringComparison.Ordinal);
    }

    private static List<string> Values(IEnumerable<CaseReference> references) => [.. references.Select(r => r.Value)];

    // The query's plan as text. PostgreSQL plans a scan of a near-empty table as cheapest, so scans are priced out: the question is
    // whether the index can answer the query at all (it cannot, for a range, under a language collation).
    private static async Task<string> ExplainAsync(CaseBotDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var postgres = db.Database.IsNpgsql();
        if (postgres)
        {
            await using var off = connection.CreateCommand();
            off.CommandText = "SET enable_seqscan = off";
            await off.ExecuteNonQueryAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + StripParameterDeclarations(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString())));
        }

        return string.Join('\n', lines);
    }

    // ToQueryString writes parameters as declarations ("-- @p='x'" / ".param set @p 'x'") before the SQL, with their values inline
    // in the declarations only; the plan needs the statement with the values in place.
    private static string StripParameterDeclarations(string sql)
    {
        var lines = sql.Split('\n');
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var match = System.Text.RegularExpressions.Regex.Match(line, @"^(?:-- |\.param set )(@\w+)(?:=| )('(?:[^']|'')*'|\d+)");
            if (match.Success)
            {
                values[match.Groups[1].Value] = match.Groups[2].Value;
            }
        }

        var statement = string.Join('\n', lines.Where(l => !l.StartsWith("-- ", StringComparison.Ordinal) && !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var (name, value) in values.OrderByDescending(v => v.Key.Length))
        {
            statement = statement.Replace(name, value, StringComparison.Ordinal);
        }

        return statement;
    }
}
