using System.Net;
using CaseBot.Tab;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>
/// What every board response promises: a Content-Security-Policy that runs only the board's own scripts and lets only Teams frame it
/// (and the board itself in local mode), no caching of pages, local mode for this machine only, and the pinned Teams library served by
/// the host itself.
/// </summary>
public sealed class TabSecurityTests(TabHostFixture fixture) : IClassFixture<TabHostFixture>, IAsyncLifetime
{
    private TabHost _host = null!;

    public Task InitializeAsync()
    {
        _host = fixture.Host.WithNewTenant();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/tab/local")]
    [InlineData("/tab/cases")]
    [InlineData("/tab/lookup")]
    [InlineData("/tab/actions")]
    public async Task Pages_CarryTheBoardsContentSecurityPolicyAndAreNotCached(string path)
    {
        using var browser = await _host.SignInAsync(TabPeople.LeadId);

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.cloud.microsoft", csp, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData("/tab/cases")]
    [InlineData("/tab/actions")]
    [InlineData("/tab/local")]
    public async Task Pages_EveryFormThatPosts_CarriesItsAntiForgeryToken(string path)
    {
        var now = TimeProvider.System.GetUtcNow();
        await _host.AddAsync(TabPeople.Held(_host.Tenant, "HR-2026-0400", now));
        using var browser = await _host.SignInAsync(TabPeople.ClinicianId);

        await browser.GetAsync(path);

        var forms = System.Text.RegularExpressions.Regex.Matches(browser.Html, "<form[^>]*method=\"post\"[^>]*>.*?</form>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(forms.Count >= 2, $"{path} has {forms.Count} posting forms");
        Assert.All(forms, form => Assert.Contains("name=\"__RequestVerificationToken\"", form.Value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/tab/local")]
    [InlineData("/tab/cases")]
    [InlineData("/tab/assets/board.css")]
    public async Task Responses_InLocalMode_CarryNoStrictTransportSecurity(string path)
    {
        using var browser = await _host.SignInAsync(TabPeople.LeadId);

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Pages_InLocalMode_OfferSwitchUserAndNoTeamsSignOut()
    {
        using var browser = await _host.SignInAsync(TabPeople.LeadId);

        await browser.GetAsync("/tab/cases");

        Assert.Contains($">{TabText.SwitchUser}</button>", browser.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($">{TabText.SignOut}</button>", browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalMode_ProxiedRequest_IsRefusedAsOnTheMessagingEndpoint()
    {
        using var browser = _host.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tab/local");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Local mode serves this machine only", browser.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00000000-0000-4000-8000-00000000beef", "")]
    [InlineData("", "not-an-object-id")]
    [InlineData("", "")]
    public async Task LocalPicker_NeitherAPersonOfTheListNorAnObjectId_SignsNoOneIn(string user, string other)
    {
        using var browser = _host.Browser();
        await browser.GetAsync("/tab/local");

        await browser.PostAsync("/tab/local", new Dictionary<string, string> { ["user"] = user, ["other"] = other, ["tenant"] = _host.Tenant });

        Assert.Equal("/tab/local", browser.Path);
        Assert.Contains(TabText.PickUserError, TabSession.Text(browser.Html), StringComparison.Ordinal);
        Assert.DoesNotContain(browser.SetCookies, c => c.StartsWith("casebot-board=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LocalPicker_SomeoneElseByObjectId_SeesTheirOwnCases()
    {
        await _host.AddAsync(TabPeople.Open(_host.Tenant, "HR-2026-0300", TimeProvider.System.GetUtcNow()));
        using var browser = _host.Browser();
        await browser.GetAsync("/tab/local");

        await browser.PostAsync("/tab/local", new Dictionary<string, string> { ["other"] = TabPeople.LeadId.ToUpperInvariant(), ["tenant"] = _host.Tenant });

        Assert.Equal("/tab/cases", browser.Path);
        Assert.Contains("HR-2026-0300", browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_NextOutsideTheBoard_GoesToMyCasesInstead()
    {
        using var browser = _host.Browser();
        await browser.GetAsync("/tab/local");

        await browser.PostAsync("/tab/local", new Dictionary<string, string> { ["user"] = TabPeople.LeadId, ["tenant"] = _host.Tenant, ["next"] = "//evil.example.org/tab/" });

        Assert.Equal("/tab/cases", browser.Path);
    }

    [Fact]
    public async Task TeamsLibrary_IsServedByTheHostFromThePinnedPackageAndCachedByItsHash()
    {
        using var browser = await _host.SignInAsync(TabPeople.LeadId);
        var pinned = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(CaseBot.TestSupport.RepositoryRoot.Path, "Tab", "client", "package.json")))
            .RootElement.GetProperty("dependencies").GetProperty("@microsoft/teams-js").GetString();

        var response = await browser.GetAsync("/tab/assets/teams.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("max-age=31536000", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains($"\"{pinned}\"", browser.Html, StringComparison.Ordinal);
        Assert.Contains("microsoftTeams", browser.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assets_UnknownName_IsNotFound()
    {
        using var browser = _host.Browser();

        var response = await browser.GetAsync("/tab/assets/..%2Fappsettings.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
