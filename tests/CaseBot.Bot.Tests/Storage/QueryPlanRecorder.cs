using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>
/// Asks the database how it runs each query EF sends (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL), on the same connection,
/// with the same parameters, just before the query runs. PostgreSQL plans with sequential scans and sorts switched off: on a test-sized
/// table it would rightly prefer a scan and a sort, so what is asserted is that an index exists that serves the query (and its order).
/// </summary>
internal sealed class QueryPlanRecorder : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Sql, string Plan)> _plans = new();

    public IReadOnlyList<(string Sql, string Plan)> Plans => [.. _plans];

    public void Clear() => _plans.Clear();

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            _plans.Enqueue((command.CommandText, await ExplainAsync(command, cancellationToken)));
        }

        return result;
    }

    private static async Task<string> ExplainAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var sqlite = command.Connection is SqliteConnection;
        if (!sqlite)
        {
            await ExecuteAsync(command, "SET enable_seqscan = off; SET enable_sort = off", cancellationToken);
        }

        try
        {
            await using var explain = command.Connection!.CreateCommand();
            explain.Transaction = command.Transaction;
            explain.CommandText = (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.CommandText;
            foreach (DbParameter parameter in command.Parameters)
            {
                var copy = explain.CreateParameter();
                copy.ParameterName = parameter.ParameterName;
                copy.Value = parameter.Value;
                copy.DbType = parameter.DbType;
                explain.Parameters.Add(copy);
            }

            var plan = new StringBuilder();
            await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                // SQLite: id, parent, notused, detail; PostgreSQL: one text column per plan line.
                plan.AppendLine(reader.GetString(reader.FieldCount - 1));
            }

            return plan.ToString();
        }
        finally
        {
            if (!sqlite)
            {
                await ExecuteAsync(command, "RESET enable_seqscan; RESET enable_sort", cancellationToken);
            }
        }
    }

    private static async Task ExecuteAsync(DbCommand command, string sql, CancellationToken cancellationToken)
    {
        await using var set = command.Connection!.CreateCommand();
        set.Transaction = command.Transaction;
        set.CommandText = sql;
        await set.ExecuteNonQueryAsync(cancellationToken);
    }
}
