using CaseBot.Bot.Storage;
using CaseBot.BotFramework.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>
/// One app instance's storage, registered exactly as the host does (<c>AddCaseBotStorage</c>) and started (migrated). Two instances
/// over the same database stand for two processes: separate service providers, separate connection pools.
/// </summary>
internal sealed class StorageInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private StorageInstance(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;

    public IStorage Storage => _services.GetRequiredService<IStorage>();

    /// <summary>The services of one instance, not started; <paramref name="extra"/> adds the rest of the app's (e.g. AddCaseAccessAndAudit).</summary>
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?> settings, string contentRoot, Action<IServiceCollection, IConfiguration>? extra = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(contentRoot));
        services.AddCaseBotStorage(configuration);
        extra?.Invoke(services, configuration);
        return services.BuildServiceProvider();
    }

    public static async Task<StorageInstance> StartAsync(
        IReadOnlyDictionary<string, string?> settings, string contentRoot, Action<IServiceCollection, IConfiguration>? extra = null)
    {
        var services = Build(settings, contentRoot, extra);
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(default);
        }

        return new StorageInstance(services);
    }

    public static Dictionary<string, string?> SqliteSettings(string path = "data/casebot.db")
        => new() { ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = path };

    public static Dictionary<string, string?> PostgresSettings(string connectionString)
        => new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:CaseBot"] = connectionString };

    public async Task<CaseBotDbContext> CreateDbContextAsync()
        => await _services.GetRequiredService<ICaseBotDbContextFactory>().CreateDbContextAsync(default);

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "CaseBot.Bot.Tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
