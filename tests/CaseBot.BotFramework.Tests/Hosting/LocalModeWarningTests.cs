using CaseBot.BotFramework.Tests.Support;
using Microsoft.Extensions.Logging;

namespace CaseBot.BotFramework.Tests.Hosting;

/// <summary>Running without authentication is announced at start-up, and only then.</summary>
public sealed class LocalModeWarningTests
{
    [Fact]
    public async Task StartAsync_NoAppId_LogsLocalModeWarning()
    {
        await using var sut = await BotHost.StartAsync(appId: null);

        Assert.Contains(sut.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("LOCAL MODE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_WithAppId_NoLocalModeWarning()
    {
        await using var sut = await BotHost.StartAsync(BotHost.AppId);

        Assert.DoesNotContain(sut.Logs.Entries, e => e.Message.Contains("LOCAL MODE", StringComparison.Ordinal));
    }
}
