using Npgsql;

namespace CaseBot.Scale.Tests.Support;

/// <summary>
/// A fresh database on the PostgreSQL server named by an environment variable (its user may create databases), shared by the bot
/// instances of one test and dropped afterwards; plus the few reads the tests check the outcome with.
/// </summary>
internal sealed class ScaleDatabase : IAsyncDisposable
{
    public const string Variable = "CASEBOT_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name;

    private ScaleDatabase(string server, string name, string connectionString)
    {
        _server = server;
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ScaleDatabase> CreateAsync(string serverVariable = Variable)
    {
        var server = Environment.GetEnvironmentVariable(serverVariable) ?? throw new InvalidOperationException($"{serverVariable} is not set.");
        var name = "casebot_scale_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        return new ScaleDatabase(server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

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

    public async ValueTask DisposeAsync()
    {
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

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

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // The only variable part is a database name made here from a GUID.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
