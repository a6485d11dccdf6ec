using CaseBot.Bot.Jobs;
using CaseBot.BotFramework.State;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Jobs;

/// <summary>Claims that an activity was processed are kept two days, then deleted; conversation state is never touched.</summary>
public sealed class RedeliveryClaimsJobTests : IAsyncLifetime
{
    private const string OldClaim = "dedup/msteams/a:1/old";
    private const string NewClaim = "dedup/msteams/a:1/new";
    private const string State = "msteams/conversations/a:1";

    private JobsHost _host = null!;

    private IStorage Storage => _host.Services.GetRequiredService<IStorage>();

    public async Task InitializeAsync() => _host = await JobsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RunAsync_ClaimsOlderThanTwoDays_AreDeletedAndNewerClaimsAndStateKept()
    {
        await WriteAsync(OldClaim, State);
        _host.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await WriteAsync(NewClaim);

        await RunAsync();

        var left = await Storage.ReadAsync([OldClaim, NewClaim, State], default);
        Assert.Equal([NewClaim, State], left.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ClaimJustUnderTwoDaysOld_IsKept()
    {
        await WriteAsync(OldClaim);
        _host.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));

        await RunAsync();

        Assert.Single(await Storage.ReadAsync([OldClaim], default));
    }

    private Task WriteAsync(params string[] keys)
        => Storage.WriteAsync(keys.ToDictionary(k => k, _ => new StoreItem("{}", ETag: null), StringComparer.Ordinal), default);

    private async Task RunAsync()
    {
        var sut = _host.Job<RedeliveryClaimsJob>();
        await sut.RunAsync(_host.RunFor(sut.Name), default);
    }
}
