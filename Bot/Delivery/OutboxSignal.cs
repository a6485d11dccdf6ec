using System.Threading.Channels;

namespace CaseBot.Bot.Delivery;

/// <summary>
/// A wake-up flag between whoever saves outbox rows and the worker: any number of nudges while the worker is busy collapse into
/// one wake-up, and an idle worker waits for a nudge or the poll interval, whichever comes first.
/// </summary>
internal sealed class OutboxSignal : IOutboxSignal
{
    private readonly Channel<bool> _nudges = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Nudge() => _nudges.Writer.TryWrite(true);

    /// <summary>Returns when nudged (true) or when <paramref name="timeout"/> has passed on <paramref name="timeProvider"/> (false).</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (_nudges.Reader.TryRead(out _))
        {
            return true;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var nudged = _nudges.Reader.WaitToReadAsync(wait.Token).AsTask();
        var elapsed = Task.Delay(timeout, timeProvider, wait.Token);
        var first = await Task.WhenAny(nudged, elapsed);
        await wait.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return first == nudged && _nudges.Reader.TryRead(out _);
    }
}
