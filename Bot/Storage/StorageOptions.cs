using System.ComponentModel.DataAnnotations;

namespace CaseBot.Bot.Storage;

/// <summary>Where CaseBot keeps its data (section <c>Storage</c>). SQLite is the embedded default; PostgreSQL scales out.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite file, relative to the content root unless absolute.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/casebot.db";

    /// <summary>
    /// SQLite's durability: <see cref="SqliteSynchronous.Normal"/> (the default, what an embedded store picks: durable across process
    /// crashes) or <see cref="SqliteSynchronous.Full"/> (also across power loss, an fsync per commit).
    /// </summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Normal;

    /// <summary>Apply migrations at start-up (the default). Turn off where a deployment step migrates instead.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
