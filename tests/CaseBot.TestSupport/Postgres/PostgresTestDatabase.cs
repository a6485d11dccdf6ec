using Npgsql;

namespace CaseBot.TestSupport.Postgres;

/// <summary>
/// A throwaway database on the PostgreSQL server named by <see cref="Variable"/> (a connection string whose user may create
/// databases), dropped afterwards, so test classes can run in parallel on one server. Tests using it are marked
/// <c>[RequiresEnvironmentVariable(PostgresTestDatabase.Variable)]</c>. scripts/postgres.sh starts such a server.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string Variable = "CASEBOT_TEST_POSTGRES";

    /// <summary>A second server that tests may stop and start (<see cref="CaseBot.TestSupport.RestartablePostgres"/>); never the shared one.</summary>
    public const string RestartableVariable = RestartablePostgres.ConnectionVariable;

    private readonly string _server;
    private readonly string _name;

    private PostgresTestDatabase(string server, string name, string connectionString)
    {
        _server = server;
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <param name="serverVariable">The variable holding the server's connection string.</param>
    /// <param name="prefix">Starts the database's name, so a left-over database says which suite made it.</param>
    public static async Task<PostgresTestDatabase> CreateAsync(string serverVariable = Variable, string prefix = "casebot_test_")
    {
        var server = Environment.GetEnvironmentVariable(serverVariable)
            ?? throw new InvalidOperationException($"{serverVariable} is not set.");
        var name = prefix + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new PostgresTestDatabase(server, name, database.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        // Unpooled: a pooled connection may be one a server restart (PostgresOutageTests) has already broken.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // The only variable part is a database name made here from a GUID.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
