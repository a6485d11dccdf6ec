using CaseBot.Cases.Audit;
using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Tab;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>Closing and reopening a case from its page on the board: the lead only, the chat's own rules and words, saved and audited.</summary>
public sealed class TabClosingTests(TabHostFixture fixture) : IClassFixture<TabHostFixture>, IAsyncLifetime
{
    private const string Reference = "HR-2026-0142";
    private TabHost _host = null!;

    public async Task InitializeAsync() => _host = fixture.Host.WithNewTenant();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Close_ByTheLeadWithAnOutcome_ClosesTheCaseShowsItAndAuditsIt()
    {
        var opened = await _host.AddAsync(TabPeople.Open(_host.Tenant, Reference, TimeProvider.System.GetUtcNow()));
        using var browser = await _host.SignInAsync(TabPeople.LeadId);
        await LookUpAsync(browser);
        Assert.Contains(TabText.OutcomeLegend, TabSession.Text(browser.Html), StringComparison.Ordinal);

        await browser.PostAsync("/tab/lookup?handler=Close", new Dictionary<string, string>
        {
            ["caseId"] = opened.Id.ToString(), ["reference"] = Reference, ["outcome"] = nameof(CaseOutcome.Redeployed), ["reason"] = string.Empty,
        });

        Assert.Contains(TabText.CaseClosed("Redeployed"), TabSession.Text(browser.Html), StringComparison.Ordinal);
        Assert.Contains("Stage Closed", browser.Result(), StringComparison.Ordinal);
        Assert.Contains("Outcome Redeployed", browser.Result(), StringComparison.Ordinal);
        Assert.Contains(TabText.ReopenButton, TabSession.Text(browser.Html), StringComparison.Ordinal);
        var saved = await FindAsync();
        Assert.Equal((CaseStage.Closed, CaseOutcome.Redeployed), (saved.Stage, saved.Closure!.Outcome));
        Assert.Contains(await AuditAsync(), e => (e.Action, e.Outcome, e.ActorAadObjectId) == (AuditAction.CaseClosed, AuditOutcome.Saved, TabPeople.LeadId));
    }

    [Fact]
    public async Task Close_WithoutAnOutcome_IsRefusedWithTheReasonAndTheCaseStaysOpen()
    {
        var opened = await _host.AddAsync(TabPeople.Open(_host.Tenant, Reference, TimeProvider.System.GetUtcNow()));
        using var browser = await _host.SignInAsync(TabPeople.LeadId);
        await LookUpAsync(browser);

        await browser.PostAsync("/tab/lookup?handler=Close", new Dictionary<string, string> { ["caseId"] = opened.Id.ToString(), ["reference"] = Reference });

        Assert.Contains(ClosingText.OutcomeRequired, TabSession.Text(browser.Html), StringComparison.Ordinal);
        Assert.NotEqual(CaseStage.Closed, (await FindAsync()).Stage);
    }

    [Fact]
    public async Task CaseWithOpenActions_ShowsTheLeadWhyItCannotCloseAndNoForm()
    {
        await _host.AddAsync(TabPeople.Held(_host.Tenant, Reference, TimeProvider.System.GetUtcNow()));
        using var browser = await _host.SignInAsync(TabPeople.LeadId);

        await LookUpAsync(browser);

        Assert.Contains(CaseText.CloseWithOpenActions, TabSession.Text(browser.Html), StringComparison.Ordinal);
        Assert.DoesNotContain(TabText.OutcomeLegend, TabSession.Text(browser.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_ByAnAttendee_OffersNoFormAndAPostIsRefused()
    {
        var opened = await _host.AddAsync(TabPeople.Held(_host.Tenant, Reference, TimeProvider.System.GetUtcNow()));
        using var browser = await _host.SignInAsync(TabPeople.ClinicianId);
        await LookUpAsync(browser);
        Assert.DoesNotContain(TabText.CloseHeading, TabSession.Text(browser.Html), StringComparison.Ordinal);

        await browser.PostAsync("/tab/lookup?handler=Close", new Dictionary<string, string>
        {
            ["caseId"] = opened.Id.ToString(), ["reference"] = Reference, ["outcome"] = nameof(CaseOutcome.BackAtWork),
        });

        Assert.Contains(CaseText.OnlyLeadCloses, TabSession.Text(browser.Html), StringComparison.Ordinal);
        Assert.NotEqual(CaseStage.Closed, (await FindAsync()).Stage);
    }

    [Fact]
    public async Task Reopen_ByTheLeadWithAReason_OpensTheCaseAgain()
    {
        var opened = TabPeople.Open(_host.Tenant, Reference, TimeProvider.System.GetUtcNow());
        opened.Close(TabPeople.LeadId, CaseOutcome.LeftTheOrganisation, null, TimeProvider.System.GetUtcNow());
        await _host.AddAsync(opened);
        using var browser = await _host.SignInAsync(TabPeople.LeadId);
        await LookUpAsync(browser);

        await browser.PostAsync("/tab/lookup?handler=Reopen", new Dictionary<string, string>
        {
            ["caseId"] = opened.Id.ToString(), ["reference"] = Reference, ["reason"] = "They came back on a new contract",
        });

        Assert.Contains(TabText.CaseReopened, TabSession.Text(browser.Html), StringComparison.Ordinal);
        Assert.Equal((CaseStage.MeetingRecommended, null), ((await FindAsync()).Stage, (await FindAsync()).Closure));
        Assert.Contains(await AuditAsync(), e => e.Action == AuditAction.CaseReopened);
    }

    private static async Task LookUpAsync(TabSession browser)
    {
        await browser.GetAsync("/tab/lookup");
        await browser.PostAsync("/tab/lookup", new Dictionary<string, string> { ["reference"] = Reference });
    }

    private async Task<CriticalCase> FindAsync() => (await _host.Cases.FindAsync(_host.Tenant, CaseReference.Parse(Reference), default))!;

    private async Task<List<AuditEntry>> AuditAsync()
        => [.. (await _host.Services.GetRequiredService<IAuditLog>().ForCaseAsync(_host.Tenant, CaseReference.Parse(Reference), default)).Select(r => r.Entry)];
}
