namespace CaseBot.Bot.Storage;

/// <summary>
/// How hard SQLite pushes each commit to the disk (<c>PRAGMA synchronous</c>; the database is always in WAL mode). See the README's
/// "Durability" section.
/// </summary>
public enum SqliteSynchronous
{
    /// <summary>
    /// The WAL is synced at each checkpoint, not at each commit. A committed write survives the process crashing or being killed
    /// (it is in the operating system's cache); a power cut or kernel crash may lose the last commits, never corrupt the file.
    /// </summary>
    Normal,

    /// <summary>Every commit waits for the WAL to reach the disk: also survives a power cut, at the cost of an fsync per commit.</summary>
    Full,
}
