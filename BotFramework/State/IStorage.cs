namespace CaseBot.BotFramework.State;

/// <summary>
/// Key/document storage with optimistic concurrency (as Microsoft.Bot.Builder.IStorage, with JSON documents).
/// A write whose <see cref="StoreItem.ETag"/> is stale fails with <see cref="StorageConflictException"/>; it never overwrites.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the items that exist among <paramref name="keys"/>; missing keys are simply absent.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes all changes, each under its ETag rule: <c>null</c> = the item must not exist yet; <see cref="StoreItem.AnyETag"/>
    /// (<c>"*"</c>) = overwrite whatever is there; any other value must equal the stored ETag. All changes are written, or none.
    /// Returns the new ETag of each written key.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    /// <summary>Deletes the keys that exist; missing keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
