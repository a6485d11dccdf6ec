using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>
/// A create that finds its key taken (every Teams redelivery's claim) is an ordinary outcome: a conflict for the caller and nothing
/// at Warning or above in the log, where it used to be EF's "Failed executing DbCommand" at Error. Run per provider by deriving.
/// </summary>
public abstract class CreateConflictLogTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private StorageInstance _instance = null!;

    public async Task InitializeAsync()
        => _instance = await StorageInstance.StartAsync(await SettingsAsync(), ContentRoot, (services, _) => services.AddLogging(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)));

    public virtual async Task DisposeAsync() => await _instance.DisposeAsync();

    protected abstract string ContentRoot { get; }

    protected abstract Task<Dictionary<string, string?>> SettingsAsync();

    [StorageFact]
    public async Task WriteAsync_CreateOverATakenKey_IsAConflictThatLogsNothingAboveInformation()
    {
        var sut = _instance.Storage;
        await sut.WriteAsync(new Dictionary<string, StoreItem> { ["dedup/msteams/a/1"] = new("{}", null) }, default);
        var before = _logs.Entries.Count; // start-up (a fresh PostgreSQL database's first migration) logs its own errors

        await Assert.ThrowsAsync<StorageConflictException>(
            () => sut.WriteAsync(new Dictionary<string, StoreItem> { ["dedup/msteams/a/1"] = new("{}", null) }, default));

        Assert.DoesNotContain(_logs.Entries.Skip(before), e => e.Level >= LogLevel.Warning);
    }
}
