using System.Collections.Concurrent;
using System.Globalization;

namespace CaseBot.Bench.Driver;

/// <summary>
/// What a throttled, flaky Connector does (scale-out fault tests): counting the calls per conversation, the first try of every
/// <see cref="ThrottleEvery"/>-th call is answered 429 with Retry-After, of every <see cref="FailEvery"/>-th 503; the call after a fault
/// always succeeds, so a client that retries as Teams asks (honour Retry-After, back off on 5xx) gets everything through.
/// </summary>
internal sealed class ConnectorFaults
{
    private readonly ConcurrentDictionary<string, CallCount> _calls = new(StringComparer.Ordinal);
    private long _throttled;
    private long _failed;

    public int ThrottleEvery { get; init; } = 5;

    public int FailEvery { get; init; } = 7;

    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    public long Throttled => Interlocked.Read(ref _throttled);

    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>The status to answer this call with instead of accepting it (and its Retry-After in seconds), or null to accept it.</summary>
    public (int Status, string? RetryAfter)? Next(string conversationId)
    {
        var count = _calls.GetOrAdd(conversationId, _ => new CallCount());
        lock (count)
        {
            count.Calls++;
            if (count.LastFaulted)
            {
                count.LastFaulted = false;
                return null;
            }

            if (count.Calls % ThrottleEvery == 0)
            {
                count.LastFaulted = true;
                Interlocked.Increment(ref _throttled);
                return (429, ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture));
            }

            if (count.Calls % FailEvery == 0)
            {
                count.LastFaulted = true;
                Interlocked.Increment(ref _failed);
                return (503, null);
            }

            return null;
        }
    }

    private sealed class CallCount
    {
        public int Calls { get; set; }

        public bool LastFaulted { get; set; }
    }
}
