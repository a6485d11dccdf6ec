namespace CaseBot.Bench.Driver;

/// <summary>Warm-up, measure, stop: the phase every worker checks when a turn ends.</summary>
internal sealed class RunClock
{
    private volatile bool _measuring;
    private volatile bool _stopped;

    public bool Measuring => _measuring;

    /// <summary>No new work should start (timed points also stop counting; see <see cref="Drain"/>).</summary>
    public bool Stopped => _stopped;

    public void StartMeasuring() => _measuring = true;

    public void Stop()
    {
        _measuring = false;
        _stopped = true;
    }

    /// <summary>No new conversations, but those under way still finish and count (seeding to a time budget).</summary>
    public void Drain() => _stopped = true;
}
