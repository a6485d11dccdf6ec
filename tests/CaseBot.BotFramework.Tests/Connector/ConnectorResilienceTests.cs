using System.Net;
using System.Net.Sockets;
using CaseBot.BotFramework.Connector;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Tests.Support;
using CaseBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.BotFramework.Tests.Connector;

/// <summary>Retry limits that keep a turn from hanging: capped Retry-After, bounded tries, one clear error when nobody answers.</summary>
public sealed class ConnectorResilienceTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _services = ConnectorServices.Build();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private IConnectorClient Sut => _services.GetRequiredService<IConnectorClient>();

    [Fact]
    public async Task SendToConversationAsync_RetryAfterAnHour_WaitsOnlyTheCapThenSucceeds()
    {
        _connector.FailNext(429, retryAfterSeconds: 3600);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));

        await Sut.SendToConversationAsync(_connector.ServiceUrl, Message("capped"), patience.Token);

        Assert.Equal([true, false], _connector.Calls.Select(c => c.Failed));
    }

    [Fact]
    public async Task SendToConversationAsync_ThrottledEveryTime_GivesUpWithTooManyRequests()
    {
        for (var i = 0; i < 10; i++)
        {
            _connector.FailNext(429, retryAfterSeconds: 0);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Sut.SendToConversationAsync(_connector.ServiceUrl, Message("x"), default));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(4, _connector.Calls.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(403)]
    public async Task SendToConversationAsync_ClientError_NotRetried(int status)
    {
        _connector.FailNext(status, errorCode: "BadArgument");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Sut.SendToConversationAsync(_connector.ServiceUrl, Message("x"), default));

        Assert.Equal(status, (int)error.StatusCode);
        Assert.Single(_connector.Calls);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(412)]
    [InlineData(504)]
    public async Task SendToConversationAsync_TransientStatusOnce_RetriedAndDelivered(int status)
    {
        _connector.FailNext(status);

        await Sut.SendToConversationAsync(_connector.ServiceUrl, Message("again"), default);

        Assert.Equal(2, _connector.Calls.Count);
        Assert.Single(_connector.Activities);
    }

    [Fact]
    public async Task SendToConversationAsync_MessageWritesBlocked_ThrowsUnreachable()
    {
        _connector.FailNext(403, errorCode: "MessageWritesBlocked");

        var error = await Assert.ThrowsAsync<ConversationUnreachableException>(
            () => Sut.SendToConversationAsync(_connector.ServiceUrl, Message("x"), default));

        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_NobodyListening_ThrowsConnectorExceptionAfterRetries()
    {
        var closedPort = ClosedLoopbackUrl();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Sut.SendToConversationAsync(closedPort, Message("x"), default));

        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task SendToConversationAsync_CallerCancels_ThrowsCancellationNotConnectorException()
    {
        _connector.FailNext(429, retryAfterSeconds: 3600);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Sut.SendToConversationAsync(_connector.ServiceUrl, Message("x"), cancel.Token));
    }

    private static string ClosedLoopbackUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }

    private static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Conversation = new ConversationAccount("a:conv"),
    };
}
