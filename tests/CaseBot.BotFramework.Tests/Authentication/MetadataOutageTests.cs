using System.Net;
using System.Net.Sockets;
using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Tests.Authentication;

/// <summary>When the channel's signing keys cannot be fetched, requests are refused with 503 (retry later), never processed.</summary>
public sealed class MetadataOutageTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    [Fact]
    public async Task AuthenticateAsync_MetadataEndpointDown_UnavailableNotUnauthorized()
    {
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var source = new OpenIdConfigurationSource(
            Options.Create(new BotFrameworkChannelOptions { OpenIdMetadataUrl = ClosedLoopbackUrl() }),
            services.GetRequiredService<IHttpClientFactory>());
        var sut = new ChannelTokenValidator(
            source,
            Options.Create(new BotFrameworkAuthenticationOptions { MicrosoftAppId = BotHost.AppId }),
            Options.Create(new BotFrameworkChannelOptions()),
            NullLogger<ChannelTokenValidator>.Instance);

        var outcome = await sut.AuthenticateAsync("Bearer a.b.c", Message(), default);

        Assert.Equal(AuthenticationOutcome.Unavailable("metadata-unavailable"), outcome);
    }

    [Fact]
    public async Task Post_MetadataEndpointDown_Returns503AndRunsNoTurn()
    {
        await using var host = await BotHost.StartAsync(BotHost.AppId, ClosedLoopbackUrl());

        using var response = await host.PostAsync(BotHost.Message(ServiceUrl), "Bearer a.b.c");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(0, host.Bot.Turns);
    }

    private static string ClosedLoopbackUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/v1/.well-known/openidconfiguration";
    }

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount("a:1"),
    };
}
