namespace CaseBot.Bot.Storage;

/// <summary>The database behind CaseBot.</summary>
public enum StorageProvider
{
    Sqlite,
    Postgres,

    /// <summary>Nothing persisted; for benchmarks and throwaway runs.</summary>
    Memory,
}
