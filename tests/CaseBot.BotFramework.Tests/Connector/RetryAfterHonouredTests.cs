using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Connector;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Tests.Support;
using CaseBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Tests.Connector;

/// <summary>
/// The waits the retry policy asks the clock for, through the registered pipeline against a loopback Connector: exactly the
/// Retry-After when there is one, capped, and short backoff otherwise. The clock ends waits at once, so nothing sleeps.
/// </summary>
public sealed class RetryAfterHonouredTests : IAsyncLifetime
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(17);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(20);
    private readonly InstantDelays _clock = new(AttemptTimeout);
    private FakeConnector _connector = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton(Options.Create(new BotFrameworkAuthenticationOptions { LocalMode = true }));
        services.AddSingleton(Options.Create(new BotFrameworkChannelOptions()));
        services.AddSingleton(Options.Create(new ConnectorRetryOptions
        {
            MaxRetries = 3,
            BaseDelay = TimeSpan.FromSeconds(1),
            MaxDelay = Cap,
            AttemptTimeout = AttemptTimeout,
        }));
        services.AddBotFrameworkConnector();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private IConnectorClient Sut => _services.GetRequiredService<IConnectorClient>();

    [Fact]
    public async Task SendToConversationAsync_TooManyRequestsRetryAfterSeconds_WaitsExactlyThatLongThenDelivers()
    {
        _connector.FailNext(429, retryAfterSeconds: 7);

        await Sut.SendToConversationAsync(_connector.ServiceUrl, Message(), default);

        Assert.Equal([TimeSpan.FromSeconds(7)], _clock.Requested);
        Assert.Equal([true, false], _connector.Calls.Select(c => c.Failed));
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterLongerThanCap_WaitsTheCap()
    {
        _connector.FailNext(429, retryAfterSeconds: 3600);

        await Sut.SendToConversationAsync(_connector.ServiceUrl, Message(), default);

        Assert.Equal([Cap], _clock.Requested);
    }

    [Fact]
    public async Task SendToConversationAsync_ServerErrorsWithoutRetryAfter_BacksOffWithinBaseAndCap()
    {
        for (var i = 0; i < 10; i++)
        {
            _connector.FailNext(503);
        }

        await Assert.ThrowsAsync<ConnectorException>(() => Sut.SendToConversationAsync(_connector.ServiceUrl, Message(), default));

        Assert.Equal(3, _clock.Requested.Count);
        Assert.All(_clock.Requested, wait => Assert.InRange(wait, TimeSpan.Zero, Cap));
        Assert.Equal(4, _connector.Calls.Count);
    }

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Text = "x",
        Conversation = new ConversationAccount("a:conv"),
    };
}
