namespace CaseBot.BotFramework.State;

/// <summary>A stored JSON document and the ETag it was read with (or is written against).</summary>
public sealed record StoreItem(string Json, string? ETag)
{
    /// <summary>The ETag that overwrites unconditionally.</summary>
    public const string AnyETag = "*";
}
