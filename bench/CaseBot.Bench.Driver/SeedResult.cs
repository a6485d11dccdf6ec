namespace CaseBot.Bench.Driver;

/// <summary>N conversations that each ran a triage: how long it took and what it did to the bot's resident memory (MB).</summary>
internal sealed record SeedResult(PointResult Run, double RssBefore, double RssAfter)
{
    public double Growth => RssAfter - RssBefore;

    /// <summary>The growth scaled to 100,000 conversations, assuming it is linear (when fewer ran within the time budget).</summary>
    public double GrowthPer100K => Run.Conversations == 0 ? 0 : Growth * 100_000 / Run.Conversations;

    /// <summary>Resident memory gained per conversation, in bytes (the in-memory store's cost of one triaged conversation).</summary>
    public double BytesPerConversation => Run.Conversations == 0 ? 0 : Growth * 1024 * 1024 / Run.Conversations;

    /// <summary>The live managed heap before and after the seeding (dotnet-gcdump, after a full collection), when read.</summary>
    public (long Before, long After)? Heap { get; init; }

    /// <summary>Live heap gained per conversation, in bytes: what one triaged conversation keeps alive.</summary>
    public double? HeapBytesPerConversation => Heap is { } h && Run.Conversations > 0 ? (double)(h.After - h.Before) / Run.Conversations : null;

    /// <summary>The SQLite file and WAL at the end of the seeding, when the bot has one.</summary>
    public long? DatabaseBytes { get; init; }
}
