using CaseBot.Bot.Access;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>
/// A fresh, empty database for one test (a temp SQLite file, or a database of its own on the PostgreSQL test server) and the app
/// instances started over it; disposing ends the instances and removes the database. Contract tests take one per test, so the
/// SQLite and PostgreSQL classes of a contract differ only in which of these they make.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly List<StorageInstance> _instances = [];
    private readonly TempFolder _folder;
    private readonly PostgresTestDatabase? _postgres;

    private TestDatabase(IReadOnlyDictionary<string, string?> settings, TempFolder folder, PostgresTestDatabase? postgres)
    {
        Settings = settings;
        _folder = folder;
        _postgres = postgres;
    }

    /// <summary>The storage settings of every instance over this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>The content root of every instance (where a relative SQLite path lives).</summary>
    public string ContentRoot => _folder.Path;

    public static TestDatabase Sqlite() => new(StorageInstance.SqliteSettings(), new TempFolder(), null);

    /// <param name="serverVariable">The variable holding the server's connection string (the shared server unless told).</param>
    public static async Task<TestDatabase> PostgresAsync(string serverVariable = PostgresTestDatabase.Variable)
    {
        var database = await PostgresTestDatabase.CreateAsync(serverVariable);
        return new TestDatabase(StorageInstance.PostgresSettings(database.ConnectionString), new TempFolder(), database);
    }

    /// <summary>
    /// Starts another app instance (a process) over this database: storage plus access and audit, as the host registers them, and
    /// whatever <paramref name="extra"/> adds (registered last, so it can replace e.g. the <see cref="TimeProvider"/>).
    /// </summary>
    public async Task<StorageInstance> StartInstanceAsync(Action<IServiceCollection, IConfiguration>? extra = null)
    {
        var instance = await StorageInstance.StartAsync(Settings, ContentRoot, (services, configuration) =>
        {
            services.AddCaseAccessAndAudit(configuration);
            extra?.Invoke(services, configuration);
        });
        _instances.Add(instance);
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        _folder.Dispose();
    }
}
