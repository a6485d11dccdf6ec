namespace CaseBot.BotFramework.State;

/// <summary>A write lost an optimistic-concurrency race: someone else changed the item since it was read.</summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException()
    {
    }

    public StorageConflictException(string message)
        : base(message)
    {
    }

    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The key whose write was refused, when known.</summary>
    public string? Key { get; init; }
}
