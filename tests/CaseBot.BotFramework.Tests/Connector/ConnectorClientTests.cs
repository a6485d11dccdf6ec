using System.Net;
using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Connector;
using CaseBot.BotFramework.Schema;
using CaseBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Tests.Connector;

/// <summary>The Connector client against a loopback fake Connector: addressing, tokens, throttling and bounded retries.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private readonly CountingCredentials _credentials = new();
    private FakeConnector _connector = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Options.Create(new BotFrameworkAuthenticationOptions()));
        services.AddSingleton(Options.Create(new BotFrameworkChannelOptions { ServiceUrlHosts = ["127.0.0.1"] }));
        services.AddSingleton(Options.Create(new ConnectorRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromSeconds(5) }));
        services.AddBotFrameworkConnector();
        services.AddSingleton<IAppCredentials>(_credentials);
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private IConnectorClient Sut => _services.GetRequiredService<IConnectorClient>();

    [Fact]
    public async Task ReplyToActivityAsync_PostsToTheActivityWithBearerToken()
    {
        var reply = Reply("thanks");

        var result = await Sut.ReplyToActivityAsync(_connector.ServiceUrl, reply, default);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal("/v3/conversations/a%3Aconv%3Bmessageid%3D1/activities/incoming-1", call.Path);
        Assert.Equal("Bearer token-1", call.Authorization);
        Assert.Equal("thanks", call.Activity!.Text);
        Assert.StartsWith("msg-", result.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendToConversationAsync_ServerErrorsThenSuccess_Retries()
    {
        _connector.FailNext(500);
        _connector.FailNext(503);

        await Sut.SendToConversationAsync(_connector.ServiceUrl, Reply("eventually"), default);

        Assert.Equal(3, _connector.Calls.Count);
        Assert.Equal("eventually", Assert.Single(_connector.Activities).Text);
    }

    [Fact]
    public async Task SendToConversationAsync_ServerKeepsFailing_GivesUpAfterBoundedTriesWithClearError()
    {
        for (var i = 0; i < 10; i++)
        {
            _connector.FailNext(502, errorCode: "BadGateway");
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Sut.SendToConversationAsync(_connector.ServiceUrl, Reply("never"), default));

        Assert.Equal(4, _connector.Calls.Count);
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal("BadGateway", error.ErrorCode);
        Assert.Equal("op-123", error.OperationId);
    }

    [Fact]
    public async Task SendToConversationAsync_BotNotInRoster_ThrowsUnreachableWithoutRetry()
    {
        _connector.FailNext(403, errorCode: "BotNotInConversationRoster");

        await Assert.ThrowsAsync<ConversationUnreachableException>(() => Sut.SendToConversationAsync(_connector.ServiceUrl, Reply("x"), default));

        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_Unauthorized_RefreshesTokenOnce()
    {
        _connector.FailNext(401);

        await Sut.SendToConversationAsync(_connector.ServiceUrl, Reply("x"), default);

        Assert.Equal(["Bearer token-1", "Bearer token-2"], _connector.Calls.Select(c => c.Authorization));
        Assert.Equal(1, _credentials.ForcedRefreshes);
    }

    [Fact]
    public async Task CreateConversationAsync_ReturnsNewConversationId()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount("28:bot"),
            Members = [new ChannelAccount("29:user")],
            TenantId = "tenant-1",
        };

        var created = await Sut.CreateConversationAsync(_connector.ServiceUrl, parameters, default);

        Assert.StartsWith("a:created-", created.Id, StringComparison.Ordinal);
        Assert.Contains("\"tenantId\":\"tenant-1\"", Assert.Single(_connector.Calls).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAndDelete_UseTheActivityPath()
    {
        var update = Reply("changed");
        update.Id = "card-7";

        await Sut.UpdateActivityAsync(_connector.ServiceUrl, update, default);
        await Sut.DeleteActivityAsync(_connector.ServiceUrl, "a:conv", "card-7", default);

        Assert.Equal(["PUT /v3/conversations/a%3Aconv%3Bmessageid%3D1/activities/card-7", "DELETE /v3/conversations/a%3Aconv/activities/card-7"],
            _connector.Calls.Select(c => $"{c.Method} {c.Path}"));
    }

    private static Activity Reply(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ReplyToId = "incoming-1",
        Conversation = new ConversationAccount("a:conv;messageid=1"),
    };

    private sealed class CountingCredentials : IAppCredentials
    {
        private int _issued = 1;

        public int ForcedRefreshes { get; private set; }

        public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            if (forceRefresh)
            {
                ForcedRefreshes++;
                _issued++;
            }

            return Task.FromResult<string?>("token-" + _issued);
        }
    }
}
