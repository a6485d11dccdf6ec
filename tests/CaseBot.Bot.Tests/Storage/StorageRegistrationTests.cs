using CaseBot.Bot.Storage;
using CaseBot.BotFramework.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>What <c>AddCaseBotStorage</c> registers for each <c>Storage:Provider</c>.</summary>
public sealed class StorageRegistrationTests
{
    [Fact]
    public void AddCaseBotStorage_NoStorageSection_UsesSqlite()
    {
        using var sut = StorageInstance.Build(new Dictionary<string, string?>(), Path.GetTempPath());

        Assert.IsType<EfStorage>(sut.GetRequiredService<IStorage>());
        Assert.NotNull(sut.GetService<IDbContextFactory<SqliteCaseBotDbContext>>());
        Assert.Equal("data/casebot.db", sut.GetRequiredService<IOptions<StorageOptions>>().Value.SqlitePath);
    }

    [Fact]
    public void AddCaseBotStorage_NoTimeProviderRegistered_StillResolvesEfStorage()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
        services.AddCaseBotStorage(new ConfigurationBuilder().Build());
        using var sut = services.BuildServiceProvider();

        Assert.IsType<EfStorage>(sut.GetRequiredService<IStorage>());
    }

    [Fact]
    public void AddCaseBotStorage_ProviderMemory_RegistersMemoryStorageAndNoMigration()
    {
        using var sut = StorageInstance.Build(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" }, Path.GetTempPath());

        Assert.IsType<MemoryStorage>(sut.GetRequiredService<IStorage>());
        Assert.Empty(sut.GetServices<IHostedService>().OfType<DatabaseMigrator>());
    }

    [Fact]
    public void AddCaseBotStorage_ProviderPostgres_UsesNpgsql()
    {
        var settings = StorageInstance.PostgresSettings("Host=127.0.0.1;Database=casebot");
        using var sut = StorageInstance.Build(settings, Path.GetTempPath());

        using var db = sut.GetRequiredService<IDbContextFactory<PostgresCaseBotDbContext>>().CreateDbContext();
        Assert.True(db.Database.IsNpgsql());
    }

    [Fact]
    public void AddCaseBotStorage_PostgresWithoutConnectionString_FailsStartupValidation()
    {
        using var sut = StorageInstance.Build(new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres" }, Path.GetTempPath());

        var error = Assert.Throws<OptionsValidationException>(() => sut.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ConnectionStrings:CaseBot", error.Message, StringComparison.Ordinal);
    }
}
