using Npgsql;

namespace CaseBot.Scale.Tests.Support;

/// <summary>
/// A fresh database on the PostgreSQL test server (<see cref="PostgresTestDatabase"/>), shared by the bot instances of one test and
/// dropped afterwards; plus the few reads the tests check the outcome with.
/// </summary>
internal sealed class ScaleDatabase : IAsyncDisposable
{
    public const string Variable = PostgresTestDatabase.Variable;

    private readonly PostgresTestDatabase _database;

    private ScaleDatabase(PostgresTestDatabase database) => _database = database;

    public string ConnectionString => _database.ConnectionString;

    public static async Task<ScaleDatabase> CreateAsync(string serverVariable = Variable)
        => new(await PostgresTestDatabase.CreateAsync(serverVariable, "casebot_scale_"));

    /// <summary>The cases saved under references the driver made (BENCH-…).</summary>
    public Task<long> SavedCasesAsync() => ScalarAsync("""SELECT count(*) FROM "Cases" WHERE "Reference" LIKE 'BENCH-%'""");

    /// <summary>Outbox messages neither sent nor given up on.</summary>
    public Task<long> UnsentOutboxAsync() => ScalarAsync("""SELECT count(*) FROM "OutboxMessages" WHERE "SentAt" IS NULL AND NOT "Failed" """);

    public Task<long> FailedOutboxAsync() => ScalarAsync("""SELECT count(*) FROM "OutboxMessages" WHERE "Failed" """);

    /// <summary>
    /// Queues <paramref name="count"/> notes, each to its own group chat <c>a:outbox-i</c> (so they never mix with the triage
    /// conversations), as a case change would; the instances' delivery workers share them out.
    /// </summary>
    public async Task EnqueueNotesAsync(string tenantId, int count)
    {
        await using var connection = await OpenAsync();
        await using var batch = new NpgsqlBatch(connection);
        for (var i = 0; i < count; i++)
        {
            var command = new NpgsqlBatchCommand(
                """
                INSERT INTO "OutboxMessages" ("Id", "TenantId", "Kind", "ConversationId", "ActivityJson", "DedupKey", "CreatedAt", "DueAt", "Attempts", "Failed")
                VALUES ($1, $2, 'note', $3, $4, $5, now(), now(), 0, false)
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = Guid.NewGuid() });
            command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
            command.Parameters.Add(new NpgsqlParameter { Value = OutboxConversation(i) });
            command.Parameters.Add(new NpgsqlParameter { Value = $$"""{"type":"message","text":"scale note {{i}}"}""" });
            command.Parameters.Add(new NpgsqlParameter { Value = "scale-note-" + i });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync();
    }

    public static string OutboxConversation(int i) => "a:outbox-" + i;

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
#pragma warning disable CA2100 // Constant SQL written in this class.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // Unpooled: a pooled connection may be one a server restart has already broken.
    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
