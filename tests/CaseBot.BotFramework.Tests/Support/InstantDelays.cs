using System.Collections.Concurrent;

namespace CaseBot.BotFramework.Tests.Support;

/// <summary>
/// A clock whose waits end at once but are remembered, so a test can check how long the code asked to wait without waiting.
/// Timers of <see cref="Untouched"/> length (the per-attempt timeout) run normally, so attempts do not time out at once.
/// </summary>
internal sealed class InstantDelays(TimeSpan untouched) : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _requested = new();

    public TimeSpan Untouched { get; } = untouched;

    /// <summary>Every wait asked for, in order, except the untouched timers.</summary>
    public IReadOnlyList<TimeSpan> Requested => [.. _requested];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Untouched || dueTime == Timeout.InfiniteTimeSpan)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }

        _requested.Enqueue(dueTime);
        return base.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
