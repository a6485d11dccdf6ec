using CaseBot.BotFramework.State;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>
/// What every <see cref="IStorage"/> promises (botbuilder's StorageBaseTests idea): run against each implementation by deriving.
/// Tests are <see cref="StorageFactAttribute"/>s so a derived class marked <see cref="RequiresEnvironmentVariableAttribute"/> is
/// skipped where its database is not available.
/// </summary>
public abstract partial class StorageContractTests : IAsyncLifetime
{
    protected IStorage Sut { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Sut = await CreateStorageAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected abstract Task<IStorage> CreateStorageAsync();

    /// <summary>Another app instance over the same data (a second process); in-process stores share <see cref="Sut"/>.</summary>
    protected virtual Task<IStorage> CreateSecondInstanceAsync() => Task.FromResult(Sut);

    [StorageFact]
    public async Task ReadAsync_MissingKey_ReturnsNothing()
    {
        var items = await Sut.ReadAsync(["nobody"], default);

        Assert.Empty(items);
    }

    [StorageFact]
    public async Task WriteAsync_NewItem_CanBeReadBackWithItsETag()
    {
        var written = await WriteAsync("k1", "{\"n\":1}", null);

        var read = await Sut.ReadAsync(["k1"], default);

        Assert.Equal("{\"n\":1}", read["k1"].Json);
        Assert.Equal(written, read["k1"].ETag);
    }

    [StorageFact]
    public async Task WriteAsync_WithCurrentETag_Updates()
    {
        var first = await WriteAsync("k1", "{\"n\":1}", null);

        var second = await WriteAsync("k1", "{\"n\":2}", first);

        var read = await Sut.ReadAsync(["k1"], default);
        Assert.Equal("{\"n\":2}", read["k1"].Json);
        Assert.NotEqual(first, second);
    }

    [StorageFact]
    public async Task WriteAsync_WithStaleETag_FailsAndKeepsTheNewerValue()
    {
        var first = await WriteAsync("k1", "{\"n\":1}", null);
        await WriteAsync("k1", "{\"n\":2}", first);

        var error = await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync("k1", "{\"n\":3}", first));

        Assert.Equal("k1", error.Key);
        Assert.Equal("{\"n\":2}", (await Sut.ReadAsync(["k1"], default))["k1"].Json);
    }

    [StorageFact]
    public async Task WriteAsync_CreateOverExisting_Fails()
    {
        await WriteAsync("k1", "{\"n\":1}", null);

        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync("k1", "{\"n\":9}", null));

        Assert.Equal("{\"n\":1}", (await Sut.ReadAsync(["k1"], default))["k1"].Json);
    }

    [StorageFact]
    public async Task WriteAsync_AnyETag_Overwrites()
    {
        await WriteAsync("k1", "{\"n\":1}", null);

        await WriteAsync("k1", "{\"n\":5}", StoreItem.AnyETag);
        await WriteAsync("k2", "{\"n\":6}", StoreItem.AnyETag);

        var read = await Sut.ReadAsync(["k1", "k2"], default);
        Assert.Equal("{\"n\":5}", read["k1"].Json);
        Assert.Equal("{\"n\":6}", read["k2"].Json);
    }

    [StorageFact]
    public async Task WriteAsync_UpdateOfDeletedItem_Fails()
    {
        var etag = await WriteAsync("k1", "{\"n\":1}", null);
        await Sut.DeleteAsync(["k1"], default);

        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync("k1", "{\"n\":2}", etag));
    }

    [StorageFact]
    public async Task DeleteAsync_RemovesItemsAndIgnoresMissingKeys()
    {
        await WriteAsync("k1", "{}", null);

        await Sut.DeleteAsync(["k1", "never-existed"], default);

        Assert.Empty(await Sut.ReadAsync(["k1"], default));
    }

    [StorageFact]
    public async Task WriteAsync_BatchWithOneStaleItem_WritesNothing()
    {
        var etag = await WriteAsync("k1", "{\"n\":1}", null);
        await WriteAsync("k1", "{\"n\":2}", etag);
        var batch = new Dictionary<string, StoreItem>
        {
            ["k0"] = new("{\"n\":0}", null),
            ["k1"] = new("{\"n\":3}", etag),
        };

        await Assert.ThrowsAsync<StorageConflictException>(() => Sut.WriteAsync(batch, default));

        var read = await Sut.ReadAsync(["k0", "k1"], default);
        Assert.False(read.ContainsKey("k0"));
        Assert.Equal("{\"n\":2}", read["k1"].Json);
    }

    [StorageFact]
    public async Task WriteAsync_LongKeyWithChannelSeparators_RoundTrips()
    {
        // Conversation-state keys embed Teams ids ("19:…@thread.tacv2;messageid=…"); the column takes up to 512 characters.
        var key = "msteams/conversations/19:" + new string('a', 400) + "@thread.tacv2;messageid=1700000000000/ünïcode";

        await WriteAsync(key, "{\"n\":1}", null);

        Assert.Equal("{\"n\":1}", (await Sut.ReadAsync([key], default))[key].Json);
    }

    private async Task<string> WriteAsync(string key, string json, string? etag)
    {
        var written = await Sut.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json, etag) }, default);
        return written[key];
    }
}
