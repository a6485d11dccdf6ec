using CaseBot.Bot.Delivery;
using CaseBot.Bot.Storage;
using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Connector;
using CaseBot.Cases.CriticalCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Tests.Delivery;

/// <summary>
/// One app instance's storage, Connector client and delivery, registered as the host does and started (migrated). Two instances over
/// one database stand for two processes. The background worker is off unless a test turns it on (Delivery:Enabled), so tests drive
/// rounds themselves with <see cref="RunOnceAsync"/>; the Connector client does not retry, so each failure reaches the outbox.
/// </summary>
internal sealed class DeliveryInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _started = [];
    private bool _disposed;

    private DeliveryInstance(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;

    public ICaseRepository Cases => _services.GetRequiredService<ICaseRepository>();

    public IOutboxStore Outbox => _services.GetRequiredService<IOutboxStore>();

    public IConversationReferenceStore References => _services.GetRequiredService<IConversationReferenceStore>();

    public static async Task<DeliveryInstance> StartAsync(
        IReadOnlyDictionary<string, string?> settings, string contentRoot, TimeProvider clock, ILoggerProvider? logs = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Delivery:Enabled"] = "false",
            ["Delivery:BaseBackoff"] = "00:00:10",
            ["Delivery:MaxBackoff"] = "00:10:00",
            ["BotFramework:ConnectorRetry:MaxRetries"] = "0",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerProvider.Instance).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton(clock);
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(contentRoot));
        services.AddCaseBotStorage(configuration);
        services.AddOptions<BotFrameworkAuthenticationOptions>().Bind(configuration);
        services.AddOptions<ConnectorRetryOptions>().Bind(configuration.GetSection(ConnectorRetryOptions.SectionName));
        // The loopback fake Connector is where replies go, whether the instance has an app id or not.
        services.AddSingleton(Options.Create(new BotFrameworkChannelOptions { ServiceUrlHosts = ["127.0.0.1"] }));
        services.AddBotFrameworkConnector();
        services.AddSingleton<IAppCredentials, NoToken>();
        services.AddCaseBotDelivery(configuration);
        var instance = new DeliveryInstance(services.BuildServiceProvider());
        foreach (var hosted in instance._services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(default);
            instance._started.Add(hosted);
        }

        return instance;
    }

    /// <summary>One delivery round, as the worker runs it; returns how many messages were claimed.</summary>
    public Task<int> RunOnceAsync() => _services.GetRequiredService<OutboxProcessor>().RunOnceAsync(default);

    /// <summary>Rounds until nothing is left to claim.</summary>
    public async Task DrainAsync()
    {
        while (await RunOnceAsync() > 0)
        {
        }
    }

    public async Task<List<OutboxMessageEntity>> RowsAsync()
    {
        await using var db = await _services.GetRequiredService<ICaseBotDbContextFactory>().CreateDbContextAsync(default);
        return await db.OutboxMessages.AsNoTracking().ToListAsync();
    }

    /// <summary>The process ends (idempotent, so a test may end an instance early).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var hosted in Enumerable.Reverse(_started))
        {
            await hosted.StopAsync(default);
        }

        await _services.DisposeAsync();
    }

    private sealed class NoToken : IAppCredentials
    {
        public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "CaseBot.Bot.Tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
