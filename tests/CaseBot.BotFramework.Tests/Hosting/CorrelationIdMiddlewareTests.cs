using CaseBot.BotFramework.Hosting;
using CaseBot.BotFramework.Testing;
using CaseBot.BotFramework.Tests.Support;
using Microsoft.Extensions.Logging;

namespace CaseBot.BotFramework.Tests.Hosting;

/// <summary>Every turn gets its own correlation id, in TurnState and in the scope of everything logged during the turn.</summary>
public sealed class CorrelationIdMiddlewareTests : IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggerFactory;
    private readonly TestAdapter _adapter = new();
    private readonly List<string?> _seen = [];
    private readonly DelegateBot _bot;

    public CorrelationIdMiddlewareTests()
    {
        _loggerFactory = LoggerFactory.Create(b => b.AddProvider(_logs));
        _adapter.Use(new CorrelationIdMiddleware(_loggerFactory.CreateLogger<CorrelationIdMiddleware>()));
        var botLogger = _loggerFactory.CreateLogger("Bot");
        _bot = new DelegateBot((turn, _) =>
        {
            _seen.Add(CorrelationIdMiddleware.Get(turn));
#pragma warning disable CA1848, CA2254 // A plain test log line; only its scope matters here.
            botLogger.LogInformation("inside the turn");
#pragma warning restore CA1848, CA2254
            return Task.CompletedTask;
        });
    }

    public void Dispose()
    {
        _loggerFactory.Dispose();
        _logs.Dispose();
    }

    [Fact]
    public async Task OnTurnAsync_BotLogs_EntryScopedWithTheTurnsCorrelationId()
    {
        await _adapter.SendAsync("hello", _bot);

        var id = Assert.Single(_seen);
        Assert.False(string.IsNullOrEmpty(id));
        var entry = Assert.Single(_logs.Entries, e => e.Message == "inside the turn");
        Assert.Contains($"CorrelationId={id}", entry.Scopes);
    }

    [Fact]
    public async Task OnTurnAsync_TwoTurns_DifferentIds()
    {
        await _adapter.SendAsync("one", _bot);
        await _adapter.SendAsync("two", _bot);

        Assert.Equal(2, _seen.Distinct().Count());
    }

    [Fact]
    public async Task OnTurnAsync_AfterTheTurn_ScopeIsClosed()
    {
        await _adapter.SendAsync("hello", _bot);
#pragma warning disable CA1848, CA2254
        _loggerFactory.CreateLogger("After").LogInformation("after the turn");
#pragma warning restore CA1848, CA2254

        var entry = Assert.Single(_logs.Entries, e => e.Message == "after the turn");
        Assert.DoesNotContain(entry.Scopes, s => s.StartsWith("CorrelationId=", StringComparison.Ordinal));
    }
}
