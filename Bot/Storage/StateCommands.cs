using System.Data;
using System.Data.Common;
using CaseBot.BotFramework.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseBot.Bot.Storage;

/// <summary>
/// The state store's per-turn statements as plain SQL on the context's connection: no LINQ translation, no change tracking, one
/// statement each. The SQL is the same on SQLite and PostgreSQL (both know <c>INSERT … ON CONFLICT</c>); only the stored form of
/// <see cref="StateItemEntity.UpdatedAt"/> differs, and is taken from the model's own mapping.
/// </summary>
internal static class StateCommands
{
    private const string Select = """SELECT "Json", "ETag" FROM "StateItems" WHERE "Key" = @key""";

    // A create that meets an existing key inserts nothing (0 rows) instead of failing: a redelivery claim that finds its activity
    // already claimed is a normal outcome, not an error for the database log.
    private const string InsertIfAbsent = """
        INSERT INTO "StateItems" ("Key", "Json", "ETag", "UpdatedAt") VALUES (@key, @json, @etag, @at)
        ON CONFLICT ("Key") DO NOTHING
        """;

    private const string Upsert = """
        INSERT INTO "StateItems" ("Key", "Json", "ETag", "UpdatedAt") VALUES (@key, @json, @etag, @at)
        ON CONFLICT ("Key") DO UPDATE SET "Json" = excluded."Json", "ETag" = excluded."ETag", "UpdatedAt" = excluded."UpdatedAt"
        """;

    private const string UpdateIfCurrent = """
        UPDATE "StateItems" SET "Json" = @json, "ETag" = @etag, "UpdatedAt" = @at WHERE "Key" = @key AND "ETag" = @expected
        """;

    /// <summary>The stored item under <paramref name="key"/>, or null.</summary>
    public static async Task<StoreItem?> ReadAsync(CaseBotDbContext db, string key, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = Command(db, Select);
            Add(command, "@key", key);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? new StoreItem(reader.GetString(0), reader.GetString(1)) : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Stores one change under its ETag rule (null: create; "*": overwrite or create; else: only over that ETag); false if the rule refused.</summary>
    public static async Task<bool> WriteAsync(CaseBotDbContext db, string key, StoreItem change, string etag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sql = change.ETag switch
        {
            null => InsertIfAbsent,
            StoreItem.AnyETag => Upsert,
            _ => UpdateIfCurrent,
        };
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = Command(db, sql);
            Add(command, "@key", key);
            Add(command, "@json", change.Json);
            Add(command, "@etag", etag);
            Add(command, "@at", StoredForm(db, now));
            if (change.ETag is not (null or StoreItem.AnyETag))
            {
                Add(command, "@expected", change.ETag);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbCommand Command(CaseBotDbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    // SQLite keeps dates as the binary form of DateTimeOffsetToBinaryConverter (see SqliteCaseBotDbContext); PostgreSQL as timestamptz.
    private static object StoredForm(CaseBotDbContext db, DateTimeOffset value)
    {
        var converter = db.Model.FindEntityType(typeof(StateItemEntity))!.FindProperty(nameof(StateItemEntity.UpdatedAt))!.GetTypeMapping().Converter;
        return converter?.ConvertToProvider(value) ?? value;
    }
}
