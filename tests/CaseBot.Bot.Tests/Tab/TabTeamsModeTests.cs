using System.Net;
using System.Text.RegularExpressions;
using CaseBot.Tab;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>
/// What the board adds in Teams mode: HSTS on every response over HTTPS (never over plain HTTP, and never in local mode: see
/// <see cref="TabSecurityTests"/>), and a "Sign out" on every page that ends the session with a form post carrying its anti-forgery
/// token, back to a sign-in page that says so and waits to be asked before signing in again.
/// </summary>
public sealed partial class TabTeamsModeTests(TeamsTabFixture fixture) : IClassFixture<TeamsTabFixture>
{
    private const string Name = "Olive Clinician";

    [Theory]
    [InlineData("/tab")]
    [InlineData("/tab/assets/board.css")]
    [InlineData("/tab/cases")]
    public async Task Responses_OverHttps_CarryStrictTransportSecurity(string path)
    {
        using var browser = await fixture.SignInAsync(TabPeople.ClinicianId, Name);

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Responses_OverPlainHttp_CarryNoStrictTransportSecurity()
    {
        using var browser = fixture.Host.Browser(https: false);

        var response = await browser.GetAsync("/tab/assets/board.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("/tab/cases")]
    [InlineData("/tab/lookup")]
    [InlineData("/tab/actions")]
    public async Task Pages_SignedIn_OfferSignOutAsAFormPostWithItsAntiForgeryToken(string path)
    {
        using var browser = await fixture.SignInAsync(TabPeople.ClinicianId, Name);

        await browser.GetAsync(path);

        var form = Assert.Single(PostingForms().Matches(browser.Html), f => f.Value.Contains($">{TabText.SignOut}</button>", StringComparison.Ordinal)).Value;
        Assert.Contains("action=\"/tab?handler=SignOut\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", form, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\"", form, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"signed-in-as\"", form, StringComparison.Ordinal);
        Assert.Contains($"{TabText.SignedInAs} {Name}", TabSession.Text(browser.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheSessionAndSaysSoOnTheSignInPage()
    {
        using var browser = await fixture.SignInAsync(TabPeople.ClinicianId, Name);
        await browser.GetAsync("/tab/cases");

        await browser.PostAsync("/tab?handler=SignOut", new Dictionary<string, string>());

        Assert.Equal(("/tab?signed-out=true", HttpStatusCode.OK), (browser.Path, browser.Last!.StatusCode));
        Assert.Contains(TabText.SignedOut, TabSession.Text(browser.Html), StringComparison.Ordinal);
        Assert.Contains($"<button type=\"button\" id=\"sign-in-again\" class=\"primary\">{TabText.SignInAgain}</button>", browser.Html, StringComparison.Ordinal);
        Assert.Contains(browser.SetCookies, c => c.StartsWith("casebot-board=;", StringComparison.Ordinal));
        await browser.GetAsync("/tab/cases");
        Assert.Equal("/tab?next=%2Ftab%2Fcases", browser.Path);
    }

    [Fact]
    public async Task SignOut_WithoutTheAntiForgeryToken_IsRefusedAndTheSessionGoesOn()
    {
        using var browser = await fixture.SignInAsync(TabPeople.ClinicianId, Name);
        await browser.GetAsync("/tab/cases");

        var response = await browser.PostAsync("/tab?handler=SignOut", new Dictionary<string, string>(), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await browser.GetAsync("/tab/cases");
        Assert.Equal(("/tab/cases", HttpStatusCode.OK), (browser.Path, browser.Last!.StatusCode));
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex PostingForms();
}
