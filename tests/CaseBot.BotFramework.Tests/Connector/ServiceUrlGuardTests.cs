using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Connector;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.BotFramework.Tests.Connector;

/// <summary>
/// The Connector client sends only where the bot may: in local mode to this machine; with an app id to the channel's hosts over HTTPS
/// (BotFramework:ServiceUrlHosts, Teams' by default). Anywhere else nothing leaves the process and no token is fetched. A fake network
/// under the real client records what would have left.
/// </summary>
public sealed class ServiceUrlGuardTests
{
    private readonly RecordingNetwork _network = new();
    private readonly CountingCredentials _credentials = new();

    public static TheoryData<string> RefusedWithAnAppId => new()
    {
        "http://127.0.0.1:5000/",
        "https://evil.example/",
        "https://smba.trafficmanager.net.evil.example/teams/",
        "https://evil.trafficmanager.net/teams/",
        "http://smba.trafficmanager.net/teams/",
        "https://user:pass@smba.trafficmanager.net/teams/",
    };

    [Theory]
    [MemberData(nameof(RefusedWithAnAppId))]
    public async Task SendToConversationAsync_AppIdAndServiceUrlOutsideTheChannelsHosts_SendsNothingAndFetchesNoToken(string serviceUrl)
    {
        await using var services = ConnectorServices.Build(_credentials, identity: Registered(), network: _network);
        var sut = services.GetRequiredService<IConnectorClient>();

        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => sut.SendToConversationAsync(serviceUrl, Message(), default));

        Assert.Empty(_network.Requests);
        Assert.Equal(0, _credentials.Asked);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://SMBA.trafficmanager.net/emea/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc/")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/gcch/")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/teams/")]
    public async Task SendToConversationAsync_AppIdAndTeamsConnectorHost_SendsWithTheToken(string serviceUrl)
    {
        await using var services = ConnectorServices.Build(_credentials, identity: Registered(), network: _network);
        var sut = services.GetRequiredService<IConnectorClient>();

        await sut.SendToConversationAsync(serviceUrl, Message(), default);

        var (url, authorization) = Assert.Single(_network.Requests);
        Assert.StartsWith(serviceUrl, url, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Bearer token-1", authorization);
    }

    [Theory]
    [InlineData("https://connector.example.org/", true)]
    [InlineData("https://a.b.example.org/", true)]
    [InlineData("https://example.org/", false)]
    [InlineData("https://connector.example.org.evil.example/", false)]
    public async Task SendToConversationAsync_ConfiguredWildcardHost_CoversHostsUnderItOnly(string serviceUrl, bool sent)
    {
        var channel = new BotFrameworkChannelOptions { ServiceUrlHosts = ["*.example.org"] };
        await using var services = ConnectorServices.Build(_credentials, identity: Registered(), channel: channel, network: _network);
        var sut = services.GetRequiredService<IConnectorClient>();

        var send = sut.SendToConversationAsync(serviceUrl, Message(), default);

        if (sent)
        {
            await send;
        }
        else
        {
            await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => send);
        }

        Assert.Equal(sent ? 1 : 0, _network.Requests.Count);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("http://10.1.2.3/")]
    public async Task SendToConversationAsync_LocalModeAndServiceUrlOffThisMachine_SendsNothing(string serviceUrl)
    {
        await using var services = ConnectorServices.Build(_credentials, network: _network);
        var sut = services.GetRequiredService<IConnectorClient>();

        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => sut.SendToConversationAsync(serviceUrl, Message(), default));

        Assert.Empty(_network.Requests);
        Assert.Equal(0, _credentials.Asked);
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector/")]
    [InlineData("http://127.0.0.1:9/")]
    [InlineData("http://[::1]:9/")]
    public async Task SendToConversationAsync_LocalModeAndLoopbackServiceUrl_Sends(string serviceUrl)
    {
        await using var services = ConnectorServices.Build(network: _network);
        var sut = services.GetRequiredService<IConnectorClient>();

        await sut.SendToConversationAsync(serviceUrl, Message(), default);

        Assert.Single(_network.Requests);
    }

    [Fact]
    public async Task UpdateAndCreate_AppIdAndServiceUrlOutsideTheChannelsHosts_SendNothing()
    {
        await using var services = ConnectorServices.Build(_credentials, identity: Registered(), network: _network);
        var sut = services.GetRequiredService<IConnectorClient>();
        var update = Message();
        update.Id = "1";

        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => sut.UpdateActivityAsync("https://evil.example/", update, default));
        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => sut.CreateConversationAsync("https://evil.example/", new ConversationParameters(), default));
        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => sut.GetConversationPagedMembersAsync("https://evil.example/", "a:conv", null, null, default));

        Assert.Empty(_network.Requests);
        Assert.Equal(0, _credentials.Asked);
    }

    private static BotFrameworkAuthenticationOptions Registered() => new()
    {
        MicrosoftAppId = BotHost.AppId,
        MicrosoftAppType = "SingleTenant",
        MicrosoftAppTenantId = "tenant-1",
        MicrosoftAppPassword = "not-used",
    };

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Text = "an admin export",
        Conversation = new ConversationAccount("a:conv"),
    };

    private sealed class RecordingNetwork : HttpMessageHandler
    {
        private readonly ConcurrentQueue<(string Url, string? Authorization)> _requests = new();

        public IReadOnlyList<(string Url, string? Authorization)> Requests => [.. _requests];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _requests.Enqueue((request.RequestUri!.ToString(), request.Headers.Authorization?.ToString()));
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\":\"1\"}", Encoding.UTF8, "application/json") });
        }
    }

    private sealed class CountingCredentials : IAppCredentials
    {
        private int _asked;

        public int Asked => _asked;

        public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _asked);
            return Task.FromResult<string?>("token-1");
        }
    }
}
