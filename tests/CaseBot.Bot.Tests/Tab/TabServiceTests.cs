using System.Net;
using CaseBot.Bot.Audit;
using CaseBot.Bot.Storage;
using CaseBot.Cases.Audit;
using CaseBot.Cases.Closing;
using CaseBot.Cases.Escalation;
using CaseBot.Tab;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>The OH service's page of open cases: the service role only (no link, "not found" for anyone else), filtered and ordered, every view audited.</summary>
public sealed class TabServiceTests(TabHostFixture fixture) : IClassFixture<TabHostFixture>, IAsyncLifetime
{
    private TabHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host.WithNewTenant();
        var now = TimeProvider.System.GetUtcNow();
        await _host.AddAsync(TabPeople.Open(_host.Tenant, "HR-OPEN-1", now.AddDays(-20)));
        await _host.AddAsync(TabPeople.Held(_host.Tenant, "HR-HELD-2", now));
        var escalated = TabPeople.Open(_host.Tenant, "HR-ESC-3", now.AddDays(-2));
        escalated.EscalateByCheck(2, "Escalated", [EscalationText.NoProgressFor(8)], now.AddDays(-1));
        await _host.AddAsync(escalated);
        var closed = TabPeople.Open(_host.Tenant, "HR-CLOSED-4", now.AddDays(-30));
        closed.Close(TabPeople.LeadId, CaseOutcome.BackAtWork, null, now.AddDays(-1));
        await _host.AddAsync(closed);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Service_ForTheServiceRole_ListsEveryOpenCaseWaitingLongestFirstAndAuditsTheView()
    {
        using var browser = await _host.SignInAsync(TabPeople.ServiceId);
        Assert.Contains("href=\"/tab/service\"", browser.Html, StringComparison.Ordinal);

        var response = await browser.GetAsync("/tab/service");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = TabSession.Text(browser.Html);
        Assert.Contains(TabText.PageOf(1, 1, 3), text, StringComparison.Ordinal);
        Assert.DoesNotContain("HR-CLOSED-4", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("HR-OPEN-1", StringComparison.Ordinal) < text.IndexOf("HR-ESC-3", StringComparison.Ordinal), text);
        Assert.Contains("Escalated, since", text, StringComparison.Ordinal);
        var audited = Assert.Single(await ServiceViewsAsync());
        Assert.Equal((TabPeople.ServiceId, AuditCodes.Code(AuditOutcome.Shown)), (audited.ActorAadObjectId, audited.Outcome));
    }

    [Fact]
    public async Task Service_FilteredByTierAndOrderedByTier_ShowsOnlyThoseCases()
    {
        using var browser = await _host.SignInAsync(TabPeople.ServiceId);

        await browser.GetAsync("/tab/service?tier=2&sort=HighestTier");

        var text = TabSession.Text(browser.Html);
        Assert.Contains(TabText.PageOf(1, 1, 1), text, StringComparison.Ordinal);
        Assert.Contains("HR-ESC-3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("HR-OPEN-1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_OverdueOnly_ShowsTheCaseWithAnOverdueAction()
    {
        using var browser = await _host.SignInAsync(TabPeople.ServiceId);

        await browser.GetAsync("/tab/service?overdue=true&sort=MostOverdue");

        var text = TabSession.Text(browser.Html);
        Assert.Contains(TabText.PageOf(1, 1, 1), text, StringComparison.Ordinal);
        Assert.Contains("HR-HELD-2", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TabPeople.LeadId)]
    [InlineData(TabPeople.AdviceLineId)]
    [InlineData(TabPeople.AdminId)]
    public async Task Service_ForAnyoneElse_IsNotFoundWithNoLinkAndTheAttemptIsAudited(string who)
    {
        using var browser = await _host.SignInAsync(who);
        Assert.DoesNotContain("/tab/service", browser.Html, StringComparison.Ordinal);

        var response = await browser.GetAsync("/tab/service");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("HR-OPEN-1", browser.Html, StringComparison.Ordinal);
        var audited = Assert.Single(await ServiceViewsAsync());
        Assert.Equal((who, AuditCodes.Code(AuditOutcome.Denied)), (audited.ActorAadObjectId, audited.Outcome));
    }

    private async Task<List<AuditEntryEntity>> ServiceViewsAsync()
    {
        await using var db = await _host.Services.GetRequiredService<ICaseBotDbContextFactory>().CreateDbContextAsync(default);
        var code = AuditCodes.Code(AuditAction.ServiceCaseloadViewed);
        return await db.AuditEntries.AsNoTracking().Where(e => e.TenantId == _host.Tenant && e.Action == code).ToListAsync();
    }
}
