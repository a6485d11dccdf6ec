using System.Net;
using CaseBot.Bot.Tests.Support;
using CaseBot.TestSupport;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>
/// A board host in Teams mode (an app id, single tenant), for a whole test class: its SSO tokens come from a loopback OpenID issuer,
/// and everything it logs is captured (tests look at what was logged after they began).
/// </summary>
public sealed class TeamsTabFixture : IAsyncLifetime
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string Domain = "casebot.example.org";

    public string Tenant { get; } = Guid.NewGuid().ToString();

    internal CapturingLoggerProvider Logs { get; } = new();

    internal FakeChannelIssuer Issuer { get; private set; } = null!;

    internal TabHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await FakeChannelIssuer.StartAsync();
        Host = CreateHost(Issuer.MetadataUrl);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    /// <summary>
    /// A browser signed in to <see cref="Host"/> through Teams SSO as <paramref name="aadObjectId"/>, named <paramref name="name"/>: as the tab's
    /// page does, it loads /tab for its anti-forgery token and posts a valid token of this tenant to /tab/session.
    /// </summary>
    internal async Task<TabSession> SignInAsync(string aadObjectId, string name)
    {
        var browser = Host.Browser(https: true);
        await browser.GetAsync("/tab");
        var claims = new Dictionary<string, object> { ["tid"] = Tenant, ["oid"] = aadObjectId, ["name"] = name, ["scp"] = "access_as_user", ["ver"] = "1.0" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/tab/session");
        request.Headers.Add("RequestVerificationToken", browser.MetaToken());
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {Issuer.CreateUserToken($"api://{Domain}/{AppId}", $"https://sts.windows.net/{Tenant}/", claims)}");
        Assert.Equal(HttpStatusCode.NoContent, (await browser.SendAsync(request)).StatusCode);
        return browser;
    }

    /// <summary>Another Teams-mode host of this tenant, reading Entra's keys from <paramref name="metadataUrl"/>, with <paramref name="more"/> settings.</summary>
    internal TabHost CreateHost(string metadataUrl, Dictionary<string, string?>? more = null) => new(
        new(more ?? [])
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = Tenant,
            ["CaseBoard:Domain"] = Domain,
            ["CaseBoard:OpenIdMetadataUrl"] = metadataUrl,

            // TLS ends at a proxy in front of the host (App Service, a container ingress); the host learns it from X-Forwarded-Proto.
            ["FORWARDEDHEADERS_ENABLED"] = "true",
        },
        Logs,
        Tenant);
}
