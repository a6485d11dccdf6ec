using CaseBot.Bot.Storage;
using CaseBot.BotFramework.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseBot.Bot.Tests.Support;

/// <summary>The storage registration exactly as the host uses it, over a temp SQLite file (or a given configuration), startable and restartable.</summary>
internal sealed class StorageServices : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _folder;
    private ServiceProvider? _provider;

    private readonly Action<IServiceCollection, IConfiguration>? _extra;

    private StorageServices(Dictionary<string, string?> settings, string folder, Action<IServiceCollection, IConfiguration>? extra = null)
    {
        _settings = settings;
        _folder = folder;
        _extra = extra;
    }

    public string DatabasePath => Path.Combine(_folder, "data", "casebot.db");

    /// <summary>Storage over a temp SQLite file; <paramref name="extra"/> adds the rest of the app's services (as the host does).</summary>
    public static StorageServices Sqlite(Action<IServiceCollection, IConfiguration>? extra = null, Dictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "casebot-tests", Guid.NewGuid().ToString("N"));
        var all = new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = "data/casebot.db" };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return new StorageServices(all, folder, extra);
    }

    public IServiceProvider Provider => _provider ?? throw new InvalidOperationException("Not started.");

    /// <summary>Builds the services and runs the start-up migration, like a fresh process would.</summary>
    public async Task<IStorage> StartAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(_folder));
        services.AddCaseBotStorage(configuration);
        _extra?.Invoke(services, configuration);
        _provider = services.BuildServiceProvider();
        foreach (var hosted in _provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(default);
        }

        return _provider.GetRequiredService<IStorage>();
    }

    /// <summary>Disposes the services (a process ending) and starts them again over the same database.</summary>
    public async Task<IStorage> RestartAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return await StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection; the temp folder is cleaned by the OS.
        }
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "CaseBot.Bot.Tests";

        public string ContentRootPath { get; set; } = root;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
