using System.Net;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>
/// The board in local mode follows the messaging endpoint's rule (issue 24, finding 2): a page reached by another name for this machine
/// (DNS rebinding) or asked for on behalf of another website is refused, so nobody's picker, roles or cases reach that site; this
/// machine's own browser, by a loopback name and from the board's own pages, is served.
/// </summary>
public sealed class TabLocalModeOtherSitesTests(TabHostFixture fixture) : IClassFixture<TabHostFixture>, IAsyncLifetime
{
    private TabHost _host = null!;

    public Task InitializeAsync()
    {
        _host = fixture.Host.WithNewTenant();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("rebind.evil.example")]
    [InlineData("rebind.evil.example:3978")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task LocalPicker_ReachedByAnotherName_IsRefusedAndListsNoOne(string host)
    {
        using var browser = _host.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tab/local");
        request.Headers.Host = host;

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(TabPeople.AdviceLineId, browser.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ada Adviser", browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_SignedInButReachedByAnotherName_IsRefused()
    {
        await _host.AddAsync(TabPeople.Open(_host.Tenant, "HR-2026-0500", TimeProvider.System.GetUtcNow()));
        using var browser = await _host.SignInAsync(TabPeople.AdviceLineId);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tab/cases");
        request.Headers.Host = "rebind.evil.example";

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("HR-2026-0500", browser.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task LocalSignIn_OnBehalfOfAnotherSite_IsRefusedAndSignsNoOneIn(string header, string value)
    {
        using var browser = _host.Browser();
        await browser.GetAsync("/tab/local");
        var form = new Dictionary<string, string> { ["user"] = TabPeople.AdviceLineId, ["tenant"] = _host.Tenant, ["__RequestVerificationToken"] = browser.FormToken() };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/tab/local") { Content = new FormUrlEncodedContent(form) };
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(browser.SetCookies, c => c.StartsWith("casebot-board=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://localhost:3978", null)]
    [InlineData(null, "same-origin")]

    // What a browser sends for the board's own form: its pages' referrer policy (no-referrer) makes the Origin null.
    [InlineData("null", "same-origin")]
    public async Task LocalSignIn_FromTheBoardsOwnPage_SignsIn(string? origin, string? site)
    {
        using var browser = _host.Browser();
        await browser.GetAsync("/tab/local");
        var form = new Dictionary<string, string> { ["user"] = TabPeople.LeadId, ["tenant"] = _host.Tenant, ["__RequestVerificationToken"] = browser.FormToken() };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/tab/local") { Content = new FormUrlEncodedContent(form) };
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        if (site is not null)
        {
            request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", site);
        }

        await browser.SendAsync(request);

        Assert.Equal("/tab/cases", browser.Path);
        Assert.Contains(browser.SetCookies, c => c.StartsWith("casebot-board=", StringComparison.Ordinal));
    }
}
