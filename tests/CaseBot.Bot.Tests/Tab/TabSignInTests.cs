using System.Net;
using CaseBot.Tab;
using CaseBot.TestSupport;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>
/// Teams SSO on the board (an app id is set, so no local picker): the token from getAuthToken, posted in the Authorization header,
/// is checked against the (loopback) issuer's keys for audience api://domain/app id, the tenant's own issuer, lifetime, scope and
/// user; a refused token gets the messaging endpoint's status and no session, and no token ever reaches the log.
/// </summary>
public sealed class TabSignInTests(TeamsTabFixture fixture) : IClassFixture<TeamsTabFixture>
{
    private const string AppId = TeamsTabFixture.AppId;
    private const string Domain = TeamsTabFixture.Domain;
    private static readonly string OtherTenant = Guid.NewGuid().ToString();
    private readonly int _logged = fixture.Logs.Entries.Count;

    private TabHost Host => fixture.Host;

    private string Tenant => fixture.Tenant;

    // What was logged since this test began (the host, and so its log, serves the whole class).
    private string LoggedText => string.Join('\n', fixture.Logs.Entries.Skip(_logged).Select(e => e.ToString()));

    [Theory]
    [InlineData("v1-issuer-app-id-uri")]
    [InlineData("v2-issuer-bare-app-id")]
    public async Task Session_ValidToken_StartsAShortSecureSessionThatOpensTheBoard(string shape)
    {
        using var browser = Host.Browser(https: true);
        var token = shape.StartsWith("v1", StringComparison.Ordinal)
            ? Token(issuer: $"https://sts.windows.net/{Tenant}/")
            : Token(issuer: $"https://login.microsoftonline.com/{Tenant}/v2.0", audience: AppId);

        var response = await StartSessionAsync(browser, $"Bearer {token}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var cookie = Assert.Single(browser.SetCookies, c => c.StartsWith("casebot-board=", StringComparison.Ordinal)).ToLowerInvariant();
        foreach (var attribute in new[] { "path=/tab", "secure", "samesite=none", "httponly", "partitioned" })
        {
            Assert.Contains(attribute, cookie, StringComparison.Ordinal);
        }

        await browser.GetAsync("/tab/cases");
        Assert.Equal(("/tab/cases", HttpStatusCode.OK), (browser.Path, browser.Last!.StatusCode));
        Assert.Contains($"<h1>{TabText.MyCases}</h1>", browser.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(token, LoggedText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forged-signature", HttpStatusCode.Unauthorized, "bad-signature")]
    [InlineData("expired", HttpStatusCode.Unauthorized, "expired")]
    [InlineData("wrong-audience", HttpStatusCode.Unauthorized, "wrong-audience")]
    [InlineData("issuer-of-another-tenant", HttpStatusCode.Unauthorized, "wrong-issuer")]
    [InlineData("another-tenant", HttpStatusCode.Unauthorized, "wrong-issuer")]
    [InlineData("not-the-scope", HttpStatusCode.Forbidden, "scope-missing")]
    [InlineData("no-user", HttpStatusCode.Unauthorized, "no-user")]
    [InlineData("missing", HttpStatusCode.Unauthorized, "missing-authorization")]
    [InlineData("not-bearer", HttpStatusCode.Unauthorized, "wrong-scheme")]
    public async Task Session_RefusedToken_GetsTheMessagingEndpointsStatusAndNoSession(string shape, HttpStatusCode status, string reason)
    {
        using var browser = Host.Browser(https: true);
        using var forgedKey = SigningKey.Create(fixture.Issuer.CurrentKey.KeyId, "msteams");
        var header = shape switch
        {
            "forged-signature" => $"Bearer {Token(signWith: forgedKey)}",
            "expired" => $"Bearer {Token(notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddHours(-1))}",
            "wrong-audience" => $"Bearer {Token(audience: $"api://other.example.org/{AppId}")}",
            "issuer-of-another-tenant" => $"Bearer {Token(issuer: $"https://sts.windows.net/{OtherTenant}/")}",
            "another-tenant" => $"Bearer {Token(issuer: $"https://sts.windows.net/{OtherTenant}/", tenant: OtherTenant)}",
            "not-the-scope" => $"Bearer {Token(scope: "User.Read")}",
            "no-user" => $"Bearer {Token(user: null)}",
            "missing" => null,
            _ => $"Basic {Token()}",
        };

        var response = await StartSessionAsync(browser, header);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(string.Empty, browser.Html);
        Assert.DoesNotContain(browser.SetCookies, c => c.StartsWith("casebot-board=", StringComparison.Ordinal));
        await browser.GetAsync("/tab/cases");
        Assert.StartsWith("/tab?next=", browser.Path, StringComparison.Ordinal);
        Assert.Contains(fixture.Logs.Entries.Skip(_logged), e => e.Message.Contains("Case board sign-in refused", StringComparison.Ordinal) && e.Message.Contains(reason, StringComparison.Ordinal));
        Assert.DoesNotContain(header?.Split(' ')[1] ?? "Bearer", LoggedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_WithoutTheAntiForgeryToken_IsRefused()
    {
        using var browser = Host.Browser(https: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/tab/session");
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {Token()}");

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(browser.SetCookies, c => c.StartsWith("casebot-board=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Session_WhenEntrasKeysCannotBeFetched_Answers503()
    {
        await using var host = fixture.CreateHost("http://127.0.0.1:9/common/v2.0/.well-known/openid-configuration");
        using var browser = host.Browser(https: true);

        var response = await StartSessionAsync(browser, $"Bearer {Token()}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task LocalPicker_WithAnAppId_IsNotThere()
    {
        using var browser = Host.Browser(https: true);

        var response = await browser.GetAsync("/tab/local");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SignInPage_InTeamsMode_LoadsTheTeamsLibraryAndThePagesOwnScriptsOnly()
    {
        using var browser = Host.Browser(https: true);

        await browser.GetAsync("/tab?case=HR-2026-0142");

        Assert.Contains("data-next=\"/tab/lookup?reference=HR-2026-0142&amp;open=1\"", browser.Html, StringComparison.Ordinal);
        Assert.Contains("src=\"/tab/assets/teams.js?v=", browser.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", browser.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", System.Text.RegularExpressions.Regex.Matches(browser.Html, "src=\"[^\"]+\"").Select(m => m.Value), StringComparer.Ordinal);
        Assert.DoesNotContain(TabText.LocalBanner, browser.Html, StringComparison.Ordinal);
    }

    private string Token(
        string? issuer = null, string? audience = null, string? scope = "access_as_user", string? user = TabPeople.ClinicianId, string? tenant = null,
        DateTime? notBefore = null, DateTime? expires = null, SigningKey? signWith = null)
    {
        var tid = tenant ?? Tenant;
        var claims = new Dictionary<string, object> { ["tid"] = tid, ["ver"] = "1.0", ["name"] = "Olive Clinician" };
        if (scope is not null)
        {
            claims["scp"] = scope;
        }

        if (user is not null)
        {
            claims["oid"] = user;
        }

        return fixture.Issuer.CreateUserToken(audience ?? $"api://{Domain}/{AppId}", issuer ?? $"https://sts.windows.net/{tid}/", claims, notBefore, expires, signWith);
    }

    // As the tab's page does: load /tab for its anti-forgery token, then POST /tab/session with the token in the Authorization header.
    private static async Task<HttpResponseMessage> StartSessionAsync(TabSession browser, string? authorization)
    {
        await browser.GetAsync("/tab");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/tab/session");
        request.Headers.Add("RequestVerificationToken", browser.MetaToken());
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await browser.SendAsync(request);
    }
}
