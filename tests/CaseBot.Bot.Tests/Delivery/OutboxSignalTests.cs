using CaseBot.Bot.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.Delivery;

/// <summary>The worker's wake-up: a nudge ends the wait at once, the poll interval ends it otherwise, and nudges collapse into one.</summary>
public sealed class OutboxSignalTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private readonly FakeTimeProvider _clock = new();
    private readonly OutboxSignal _sut = new();

    [Fact]
    public async Task WaitAsync_NudgedBefore_ReturnsAtOnce()
    {
        _sut.Nudge();

        var nudged = await _sut.WaitAsync(Poll, _clock, default);

        Assert.True(nudged);
    }

    [Fact]
    public async Task WaitAsync_NudgedWhileWaiting_Returns()
    {
        var waiting = _sut.WaitAsync(Poll, _clock, default);

        _sut.Nudge();

        Assert.True(await waiting);
    }

    [Fact]
    public async Task WaitAsync_NoNudge_ReturnsWhenThePollIntervalPasses()
    {
        var waiting = _sut.WaitAsync(Poll, _clock, default);
        var before = waiting.IsCompleted;

        _clock.Advance(Poll);

        Assert.False(await waiting);
        Assert.False(before);
    }

    [Fact]
    public async Task WaitAsync_ManyNudges_WakeOnce()
    {
        _sut.Nudge();
        _sut.Nudge();
        _sut.Nudge();
        await _sut.WaitAsync(Poll, _clock, default);

        var second = _sut.WaitAsync(Poll, _clock, default);

        Assert.False(second.IsCompleted);
        _clock.Advance(Poll);
        Assert.False(await second);
    }
}
