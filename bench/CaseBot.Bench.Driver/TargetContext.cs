namespace CaseBot.Bench.Driver;

/// <summary>A running bot and what the driver knows about it: the next conversation number and the cases that were saved.</summary>
internal sealed class TargetContext(BotTarget target, BotProcess process, TurnClient client, ActivityWriter writer)
{
    private readonly Lock _gate = new();
    private readonly List<long> _saved = [];
    private long _nextConversation;

    public BotTarget Target { get; } = target;

    public BotProcess Process { get; } = process;

    public TurnClient Client { get; } = client;

    public ActivityWriter Writer { get; } = writer;

    public long LastConversation => Interlocked.Read(ref _nextConversation);

    public long NextConversation() => Interlocked.Increment(ref _nextConversation);

    /// <summary>Conversation <paramref name="n"/> walked the whole triage, so case <see cref="TriageScript.Reference"/>(n) exists.</summary>
    public void Saved(long n)
    {
        lock (_gate)
        {
            _saved.Add(n);
        }
    }

    public long[] SavedCases()
    {
        lock (_gate)
        {
            return [.. _saved];
        }
    }
}
