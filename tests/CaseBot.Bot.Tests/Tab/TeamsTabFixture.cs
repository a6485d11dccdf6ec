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
