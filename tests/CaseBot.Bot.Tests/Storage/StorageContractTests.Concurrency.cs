using CaseBot.BotFramework.State;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>The contract under contention: racing writers, within one instance and across two.</summary>
public abstract partial class StorageContractTests
{
    private const int Writers = 20;

    [StorageFact]
    public async Task WriteAsync_ManyConcurrentWritersWithSameETag_ExactlyOneWins()
    {
        var etag = await WriteAsync("k1", "{\"n\":0}", null);

        var results = await RaceAsync(i => WriteAsync(Sut, "k1", $"{{\"n\":{i}}}", etag));

        Assert.Equal(1, results.Count(won => won));
    }

    [StorageFact]
    public async Task WriteAsync_TwoInstancesWithSameETag_ExactlyOneWinsAndItsValueIsStored()
    {
        var other = await CreateSecondInstanceAsync();
        var etag = await WriteAsync("k1", "{\"n\":0}", null);

        var results = await RaceAsync(i => WriteAsync(i % 2 == 0 ? Sut : other, "k1", $"{{\"n\":{i}}}", etag));

        var winner = Array.IndexOf(results, true);
        Assert.Equal(1, results.Count(won => won));
        Assert.Equal($"{{\"n\":{winner}}}", (await other.ReadAsync(["k1"], default))["k1"].Json);
    }

    [StorageFact]
    public async Task WriteAsync_ManyConcurrentCreatesOfOneKey_ExactlyOneWins()
    {
        var other = await CreateSecondInstanceAsync();

        var results = await RaceAsync(i => WriteAsync(i % 2 == 0 ? Sut : other, "new", $"{{\"n\":{i}}}", null));

        Assert.Equal(1, results.Count(won => won));
    }

    [StorageFact]
    public async Task WriteAsync_ManyConcurrentAnyETagWritesOfNewKey_AllSucceed()
    {
        var other = await CreateSecondInstanceAsync();

        var results = await RaceAsync(i => WriteAsync(i % 2 == 0 ? Sut : other, "new", $"{{\"n\":{i}}}", StoreItem.AnyETag));

        Assert.All(results, Assert.True);
    }

    [StorageFact]
    public async Task WriteAsync_ConcurrentWritersOfDifferentKeys_OneStaleETagFailsAloneAndTheRestAreStored()
    {
        // On SQLite concurrent writes share one transaction (group commit): a conflict must undo that write only.
        var etags = new string[Writers];
        for (var i = 0; i < Writers; i++)
        {
            etags[i] = await WriteAsync($"k{i}", "{\"n\":0}", null);
        }

        const int Stale = 7;
        var results = await RaceAsync(i => WriteAsync(Sut, $"k{i}", $"{{\"n\":{i + 1}}}", i == Stale ? "stale" : etags[i]));

        var stored = await Sut.ReadAsync([.. Enumerable.Range(0, Writers).Select(i => $"k{i}")], default);
        for (var i = 0; i < Writers; i++)
        {
            Assert.Equal(i != Stale, results[i]);
            Assert.Equal(i == Stale ? "{\"n\":0}" : $"{{\"n\":{i + 1}}}", stored[$"k{i}"].Json);
        }
    }

    /// <summary>Starts every writer at once; true where the write succeeded, false where it met a conflict.</summary>
    private static async Task<bool[]> RaceAsync(Func<int, Task> write)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await write(i);
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(attempts);
    }

    private static async Task WriteAsync(IStorage storage, string key, string json, string? etag)
        => await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json, etag) }, default);
}
