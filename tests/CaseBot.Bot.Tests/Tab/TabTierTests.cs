using CaseBot.Bot.Storage;
using CaseBot.Cards.Status;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Tab;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>The case's tier on the board (its page and My cases), and the OH service moving it by hand from the case's page: nobody else.</summary>
public sealed class TabTierTests(TabHostFixture fixture) : IClassFixture<TabHostFixture>, IAsyncLifetime
{
    private const string Reference = "HR-2026-0142";
    private TabHost _host = null!;
    private CriticalCase _case = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host.WithNewTenant();
        _case = await _host.AddAsync(TabPeople.Open(_host.Tenant, Reference, TimeProvider.System.GetUtcNow()));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ChangeTier_ByTheService_MovesTheCaseShowsTheNewTierAndAuditsIt()
    {
        using var browser = await _host.SignInAsync(TabPeople.ServiceId);
        await LookUpAsync(browser);
        Assert.Contains(TabText.TierHeading, browser.Html, StringComparison.Ordinal);
        Assert.Contains($"{StatusFacts.Escalation} Not escalated", browser.Result(), StringComparison.Ordinal);

        await browser.PostAsync("/tab/lookup?handler=Tier", new Dictionary<string, string>
        {
            ["caseId"] = _case.Id.ToString(), ["reference"] = Reference, ["level"] = "2", ["reason"] = "Two services disagree on the plan",
        });

        Assert.Contains(TabText.TierChanged, TabSession.Text(browser.Html), StringComparison.Ordinal);
        Assert.Contains($"{StatusFacts.Escalation} Escalated, since", browser.Result(), StringComparison.Ordinal);
        var saved = (await _host.Cases.FindAsync(_host.Tenant, CaseReference.Parse(Reference), default))!;
        Assert.Equal((2, true), (saved.Tier.Level, saved.Tier.ByHand));
        var audit = await _host.Services.GetRequiredService<IAuditLog>().ForCaseAsync(_host.Tenant, CaseReference.Parse(Reference), default);
        Assert.Contains(audit, r => (r.Entry.Action, r.Entry.ActorAadObjectId) == (AuditAction.CaseEscalated, TabPeople.ServiceId));

        // Announced in the same save: the lead, and the admins of the default "Escalated" tier (LeadAndAdmins).
        await using var db = await _host.Services.GetRequiredService<ICaseBotDbContextFactory>().CreateDbContextAsync(default);
        var told = await db.OutboxMessages.AsNoTracking().Where(m => m.CaseId == _case.Id && m.Kind == "tier").Select(m => m.RecipientAadObjectId).ToListAsync();
        Assert.Equal(new[] { TabPeople.LeadId, TabPeople.AdminId }.Order(), told.Order());
    }

    [Fact]
    public async Task MyCases_ShowsEachCasesTier()
    {
        using var browser = await _host.SignInAsync(TabPeople.LeadId);

        await browser.GetAsync("/tab/cases");

        Assert.Contains($"{StatusFacts.Escalation} Not escalated", TabSession.Text(browser.Html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TabPeople.LeadId)]
    [InlineData(TabPeople.AdviceLineId)]
    public async Task ChangeTier_ByAnyoneElse_IsNotOfferedAndAPostChangesNothing(string who)
    {
        using var browser = await _host.SignInAsync(who);
        await LookUpAsync(browser);
        Assert.DoesNotContain(TabText.TierHeading, browser.Html, StringComparison.Ordinal);

        await browser.PostAsync("/tab/lookup?handler=Tier", new Dictionary<string, string>
        {
            ["caseId"] = _case.Id.ToString(), ["reference"] = Reference, ["level"] = "2", ["reason"] = "why",
        });

        Assert.Contains(CaseText.NoCaseFound, TabSession.Text(browser.Html), StringComparison.Ordinal);
        Assert.Equal(0, (await _host.Cases.FindAsync(_host.Tenant, CaseReference.Parse(Reference), default))!.Tier.Level);
    }

    private static async Task LookUpAsync(TabSession browser)
    {
        await browser.GetAsync("/tab/lookup");
        await browser.PostAsync("/tab/lookup", new Dictionary<string, string> { ["reference"] = Reference });
    }
}
