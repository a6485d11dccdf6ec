using CaseBot.Tab;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>"My cases": every case the user leads or attends, what each needs, most urgent first; nobody else's, and no health details.</summary>
public sealed class TabMyCasesTests(TabHostFixture fixture) : IClassFixture<TabHostFixture>, IAsyncLifetime
{
    private TabHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host.WithNewTenant();
        var now = TimeProvider.System.GetUtcNow();
        await _host.AddAsync(TabPeople.Open(_host.Tenant, "HR-NEW-1", now.AddDays(-3)));
        await _host.AddAsync(TabPeople.Booked(_host.Tenant, "HR-SOON-1", now, now.AddDays(2)));
        await _host.AddAsync(TabPeople.Held(_host.Tenant, "HR-HELD-1", now));
        await _host.AddAsync(TabPeople.Booked(_host.Tenant, "HR-LATER-1", now, now.AddDays(30)));
        await _host.AddAsync(TabPeople.Open(Guid.NewGuid().ToString(), "HR-ELSEWHERE-1", now));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task MyCases_OfTheLead_ListsTheirCasesMostUrgentFirst()
    {
        using var browser = await _host.SignInAsync(TabPeople.LeadId);

        var text = TabSession.Text(browser.Html);

        var order = new[] { "HR-HELD-1 1 action overdue", "HR-SOON-1 Meeting in 2 days", "HR-NEW-1 Meeting to book", "HR-LATER-1 In hand" }
            .Select(row => text.IndexOf(row, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i >= 0, text));
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain("HR-ELSEWHERE-1", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1 (4 cases)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyCases_Rows_ShowPartStageMeetingActionsAndProgressButNoHealthDetails()
    {
        using var browser = await _host.SignInAsync(TabPeople.ClinicianId);

        var text = TabSession.Text(browser.Html);

        Assert.Contains("HR-HELD-1 1 action overdue Your part You attend Stage Actions open", text, StringComparison.Ordinal);
        Assert.Contains("Actions 2 open, 1 overdue Last progress 10 days ago", text, StringComparison.Ordinal);
        Assert.Contains("HR-SOON-1 Meeting in 2 days Your part You attend Stage Meeting booked Next meeting Case Management Meeting", text, StringComparison.Ordinal);
        Assert.Contains("Online only", text, StringComparison.Ordinal);
        Assert.Contains("href=\"https://teams.microsoft.com/l/meetup-join/example\"", browser.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("HR-NEW-1", text, StringComparison.Ordinal);
        foreach (var detail in new[] { "Send the adjustments report", "Phased return agreed", "Agree how to move the case on" })
        {
            Assert.DoesNotContain(detail, browser.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task MyCases_OfSomeoneWithNoCases_SaysSo()
    {
        using var browser = await _host.SignInAsync(TabPeople.StrangerId);

        Assert.Contains(TabText.NoCases, TabSession.Text(browser.Html), StringComparison.Ordinal);
        Assert.DoesNotContain("HR-", TabSession.Text(browser.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyCases_WithoutASession_GoesToSignIn()
    {
        using var browser = _host.Browser();

        await browser.GetAsync("/tab/cases");

        Assert.StartsWith("/tab/local?next=%2Ftab%2Fcases", browser.Path, StringComparison.Ordinal);
        Assert.Contains(TabText.PickUser, browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configure_ForAChatTab_OffersTheUsersOpenCasesAndOpensTheChosenOneByLookUp()
    {
        using var browser = await _host.SignInAsync(TabPeople.ClinicianId);

        await browser.GetAsync("/tab/configure");
        var offered = TabSession.Text(browser.Html);
        await browser.GetAsync("/tab?case=HR-HELD-1");

        Assert.Contains("Your cases HR-HELD-1 HR-LATER-1 HR-SOON-1", offered, StringComparison.Ordinal);
        Assert.DoesNotContain("HR-NEW-1", offered, StringComparison.Ordinal);
        Assert.Equal("/tab/lookup?reference=HR-HELD-1&open=1", browser.Path);
        Assert.Contains("data-autosubmit=\"true\"", browser.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"HR-HELD-1\"", browser.Html, StringComparison.Ordinal);
    }
}
