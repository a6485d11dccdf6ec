using System.Diagnostics;

namespace CaseBot.Bench.Driver;

/// <summary>One closed-loop worker's counts; merged when the point ends (no sharing while it runs).</summary>
internal sealed class WorkerStats
{
    public List<long> Latencies { get; } = new(4096);

    /// <summary>Measured latencies by the turn's place in the script (triage only), to see which turns cost what.</summary>
    public Dictionary<int, List<long>> ByStep { get; } = [];

    public long Turns { get; private set; }

    /// <summary>Turns completed during the warm-up (not in the figures; they show the bot answered at all).</summary>
    public long WarmUpTurns { get; private set; }

    public long Errors { get; private set; }

    public long WarmUpErrors { get; private set; }

    public long Conversations { get; private set; }

    public string? FirstError { get; private set; }

    /// <summary>Turns sent again to another instance after their POST failed (scale-out runs).</summary>
    public long Failovers { get; private set; }

    /// <summary>Replies beyond what the turns should draw: turns that ran twice.</summary>
    public long ExtraReplies { get; private set; }

    public void Record(TurnOutcome outcome, RunClock clock)
    {
        Failovers += outcome.Failovers;
        ExtraReplies += outcome.ExtraReplies;
        if (!outcome.Ok)
        {
            FirstError ??= outcome.Error;
            if (clock.Measuring)
            {
                Errors++;
            }
            else
            {
                WarmUpErrors++;
            }

            return;
        }

        if (clock.Measuring)
        {
            Turns++;
            Latencies.Add(outcome.LatencyTicks);
        }
        else
        {
            WarmUpTurns++;
        }
    }

    public void Record(TurnOutcome outcome, RunClock clock, int step)
    {
        Record(outcome, clock);
        if (outcome.Ok && clock.Measuring)
        {
            if (!ByStep.TryGetValue(step, out var list))
            {
                ByStep[step] = list = [];
            }

            list.Add(outcome.LatencyTicks);
        }
    }

    public void RecordError(string error, RunClock clock) => Record(new TurnOutcome(0, error, null), clock);

    public void ConversationDone(RunClock clock)
    {
        if (clock.Measuring)
        {
            Conversations++;
        }
    }

    public static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
