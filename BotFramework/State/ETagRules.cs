namespace CaseBot.BotFramework.State;

/// <summary>The one statement of the optimistic-concurrency rule, shared by every <see cref="IStorage"/>.</summary>
public static class ETagRules
{
    /// <summary>Whether a write carrying <paramref name="writeETag"/> may replace an item whose ETag is <paramref name="storedETag"/> (null = absent).</summary>
    public static bool Allows(string? writeETag, string? storedETag) => writeETag switch
    {
        StoreItem.AnyETag => true,
        null => storedETag is null,
        _ => string.Equals(writeETag, storedETag, StringComparison.Ordinal),
    };
}
