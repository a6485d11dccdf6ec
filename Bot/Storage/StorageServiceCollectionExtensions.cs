using CaseBot.Bot.CaseStore;
using CaseBot.BotFramework.State;
using CaseBot.Cases.Caseload;
using CaseBot.Cases.CriticalCases;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Storage;

/// <summary>Registers CaseBot's database: SQLite by default, PostgreSQL with Storage:Provider=Postgres, or memory.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddCaseBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(configuration.GetConnectionString("CaseBot")),
                "Storage:Provider=Postgres needs ConnectionStrings:CaseBot.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        var provider = configuration.GetSection(StorageOptions.SectionName).GetValue(nameof(StorageOptions.Provider), StorageProvider.Sqlite);
        var health = services.AddHealthChecks();
        if (provider == StorageProvider.Memory)
        {
            services.AddSingleton<IStorage, MemoryStorage>();
            AddCases<InMemoryCaseRepository>(services);
            return services;
        }

        if (provider == StorageProvider.Postgres)
        {
            services.AddPooledDbContextFactory<PostgresCaseBotDbContext>(
                (sp, o) => o.UseNpgsql(configuration.GetConnectionString("CaseBot"), npgsql => npgsql.EnableRetryOnFailure(3))
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddSingleton<ICaseBotDbContextFactory, CaseBotDbContextFactory<PostgresCaseBotDbContext>>();
        }
        else
        {
            services.AddPooledDbContextFactory<SqliteCaseBotDbContext>(
                (sp, o) => o.UseSqlite(SqliteConnectionString(sp)).AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddSingleton<ICaseBotDbContextFactory, CaseBotDbContextFactory<SqliteCaseBotDbContext>>();
        }

        // SQLite commits one writer at a time, each waiting for its fsync: concurrent turns share commits (GroupCommit). PostgreSQL
        // takes concurrent commits itself and keeps its retrying strategy per batch.
        if (provider == StorageProvider.Sqlite)
        {
            services.AddSingleton<GroupCommit>();
        }

        services.AddSingleton(sp => new DatabaseWrites(sp.GetRequiredService<ICaseBotDbContextFactory>(), sp.GetService<GroupCommit>()));
        services.AddSingleton<IStorage, EfStorage>();
        AddCases<EfCaseRepository>(services);
        services.AddHostedService<DatabaseMigrator>();

        // The case board's session cookies and anti-forgery tokens must read alike on every instance: keys live in the database.
        services.AddDataProtection().SetApplicationName("CaseBot");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<ICaseBotDbContextFactory>())));
        health.AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    // One store answers both the repository and the reference search (the audit later wraps the repository, not the search).
    private static void AddCases<TStore>(IServiceCollection services)
        where TStore : class, ICaseRepository, ICaseReferenceSearch, ICaseloadSearch
    {
        services.AddSingleton<TStore>();
        services.AddSingleton<ICaseRepository>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<ICaseReferenceSearch>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<ICaseloadSearch>(sp => sp.GetRequiredService<TStore>());
    }

    private static string SqliteConnectionString(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var root = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        var path = Path.IsPathRooted(options.SqlitePath) ? options.SqlitePath : Path.Combine(root, options.SqlitePath);

        // Default Timeout doubles as SQLite's busy timeout: concurrent writers wait their turn instead of failing.
        return new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, Pooling = true }.ToString();
    }
}
