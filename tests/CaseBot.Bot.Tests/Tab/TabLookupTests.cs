using System.Net;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Tab;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>
/// Look up on the board, through the real host: the same access policy as "status REF" (lead, attendee, advice line and admin see the
/// case; a stranger gets exactly the answer for a missing case), the same audit entry per lookup, in the same CSV, and references
/// offered by their start only among cases the caller may see.
/// </summary>
public sealed class TabLookupTests(TabHostFixture fixture) : IClassFixture<TabHostFixture>, IAsyncLifetime
{
    private const string Reference = "HR-2026-0142";
    private TabHost _host = null!;
    private CriticalCase _case = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host.WithNewTenant();
        _case = await _host.AddAsync(TabPeople.Held(_host.Tenant, Reference, TimeProvider.System.GetUtcNow()));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(TabPeople.LeadId)]
    [InlineData(TabPeople.ClinicianId)]
    [InlineData(TabPeople.AdviceLineId)]
    [InlineData(TabPeople.AdminId)]
    public async Task LookUp_BySomeoneWhoMaySeeTheCase_ShowsItsStatusAndChronologyAndAuditsItShown(string who)
    {
        using var browser = await _host.SignInAsync(who);

        var response = await LookUpAsync(browser, "hr-2026-0142");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = browser.Result();
        Assert.Contains($"Case {Reference}", result, StringComparison.Ordinal);
        Assert.Contains("Stage Actions open", result, StringComparison.Ordinal);
        Assert.Contains("Actions 2 open, 1 overdue", result, StringComparison.Ordinal);
        Assert.Contains("OH Clinician: due", result, StringComparison.Ordinal);
        Assert.Contains("Chronology", result, StringComparison.Ordinal);
        Assert.Contains("Meeting held", result, StringComparison.Ordinal);
        Assert.Contains("Triaged", result, StringComparison.Ordinal);
        var entry = Assert.Single(await LookupsAsync());
        Assert.Equal((who, AuditOutcome.Shown, (Guid?)_case.Id), (entry.ActorAadObjectId, entry.Outcome, entry.CaseId));
    }

    [Fact]
    public async Task LookUp_ShownCase_HoldsNoActionWordsDecisionsOrTriageAnswers()
    {
        using var browser = await _host.SignInAsync(TabPeople.AdviceLineId);

        await LookUpAsync(browser, Reference);

        Assert.Contains($"Case {Reference}", browser.Result(), StringComparison.Ordinal);
        foreach (var detail in new[] { "Send the adjustments report", "Book the review", "Phased return agreed", "life-changing", "Olive Clinician" })
        {
            Assert.DoesNotContain(detail, browser.Html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData(TabPeople.StrangerId, Reference, AuditOutcome.Denied)]
    [InlineData(TabPeople.StrangerId, "HR-2026-9999", AuditOutcome.NotFound)]
    [InlineData(TabPeople.LeadId, "HR-2026-9999", AuditOutcome.NotFound)]
    public async Task LookUp_ByAStrangerOrOfAMissingCase_SaysNoCaseFoundAndAuditsWhich(string who, string reference, AuditOutcome audited)
    {
        using var browser = await _host.SignInAsync(who);

        await LookUpAsync(browser, reference);

        Assert.Equal(CaseText.NoCaseFound, browser.Result());
        var entry = Assert.Single(await LookupsAsync(reference));
        Assert.Equal((who, audited), (entry.ActorAadObjectId, entry.Outcome));
    }

    [Fact]
    public async Task LookUp_ByAStranger_AnswersTheExistingCaseExactlyAsAMissingOne()
    {
        using var browser = await _host.SignInAsync(TabPeople.StrangerId);

        await LookUpAsync(browser, Reference);
        var existing = browser.Html.Replace(Reference, "REF", StringComparison.Ordinal);
        await LookUpAsync(browser, "HR-2026-0143");
        var missing = browser.Html.Replace("HR-2026-0143", "REF", StringComparison.Ordinal);

        Assert.Equal(Body(existing), Body(missing));
    }

    [Fact]
    public async Task LookUp_Prefix_OffersTheAdviceLineEveryCaseButAnAttendeeOnlyTheirOwn()
    {
        await _host.AddAsync(TabPeople.Open(_host.Tenant, "HR-2026-0150", TimeProvider.System.GetUtcNow()));
        using var adviser = await _host.SignInAsync(TabPeople.AdviceLineId);
        using var clinician = await _host.SignInAsync(TabPeople.ClinicianId);
        using var stranger = await _host.SignInAsync(TabPeople.StrangerId);

        await LookUpAsync(adviser, "hr-2026");
        await LookUpAsync(clinician, "HR-2026");
        await LookUpAsync(stranger, "HR-2026");

        Assert.EndsWith("starts with HR-2026: HR-2026-0142 HR-2026-0150", adviser.Result(), StringComparison.Ordinal);
        Assert.EndsWith("starts with HR-2026: HR-2026-0142", clinician.Result(), StringComparison.Ordinal);
        Assert.DoesNotContain("HR-2026-0150", clinician.Html, StringComparison.Ordinal);
        Assert.Equal(CaseText.NoCaseFound, stranger.Result());
    }

    [Fact]
    public async Task AuditCsv_AfterBoardLookups_ListsThemAsTheStatusCommandsLookups()
    {
        using var adviser = await _host.SignInAsync(TabPeople.AdviceLineId);
        using var stranger = await _host.SignInAsync(TabPeople.StrangerId);
        await LookUpAsync(adviser, Reference);
        await LookUpAsync(stranger, Reference);

        var csv = AuditCsv.Write(await _host.Services.GetRequiredService<IAuditLog>().ForCaseAsync(_host.Tenant, CaseReference.Parse(Reference), default));

        Assert.Single(csv.Split("\r\n"), r => r.EndsWith($",{TabPeople.AdviceLineId},case.lookup,shown,{_case.Id},{Reference}", StringComparison.Ordinal));
        Assert.Single(csv.Split("\r\n"), r => r.EndsWith($",{TabPeople.StrangerId},case.lookup,denied,{_case.Id},{Reference}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LookUp_WithoutTheAntiForgeryToken_IsRefusedAndNotAudited()
    {
        using var browser = await _host.SignInAsync(TabPeople.LeadId);

        var response = await browser.PostAsync("/tab/lookup", new Dictionary<string, string> { ["reference"] = Reference }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await LookupsAsync());
    }

    [Fact]
    public async Task LookUp_NotAReference_AsksForOneAndAuditsNothing()
    {
        using var browser = await _host.SignInAsync(TabPeople.LeadId);

        await LookUpAsync(browser, "Jane Smith");

        Assert.Contains(TabText.ReferenceError, TabSession.Text(browser.Html), StringComparison.Ordinal);
        Assert.Empty(await LookupsAsync("Jane"));
    }

    private static async Task<HttpResponseMessage> LookUpAsync(TabSession browser, string reference)
    {
        await browser.GetAsync("/tab/lookup");
        return await browser.PostAsync("/tab/lookup", new Dictionary<string, string> { ["reference"] = reference });
    }

    private async Task<List<AuditEntry>> LookupsAsync(string reference = Reference)
        => CaseReference.TryParse(reference, out var parsed)
            ? [.. (await _host.Services.GetRequiredService<IAuditLog>().ForCaseAsync(_host.Tenant, parsed!, default))
                .Select(r => r.Entry).Where(e => e.Action == AuditAction.CaseLookup)]
            : [];

    // The page without its anti-forgery tokens (new on every page).
    private static string Body(string html)
        => System.Text.RegularExpressions.Regex.Replace(html, "value=\"CfDJ8[^\"]+\"", "value=\"token\"");
}
