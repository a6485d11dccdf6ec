using CaseBot.Bot.Cases;
using CaseBot.BotFramework.State;
using CaseBot.Cases.CaseFiles;
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
            services.AddSingleton<ICaseRepository, InMemoryCaseRepository>();
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
        services.AddSingleton<ICaseRepository, EfCaseRepository>();
        services.AddHostedService<DatabaseMigrator>();
        health.AddCheck<DatabaseHealthCheck>("database");
        return services;
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
