using CaseBot.Bot.Jobs;
using CaseBot.Cases.Escalation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Tests.Jobs;

/// <summary>The Jobs, StuckCases and Retention sections bind as appsettings.json writes them and refuse settings that make no sense.</summary>
public sealed class JobsOptionsTests
{
    [Fact]
    public void Options_FromTheHostsAppSettings_BindAndValidate()
    {
        var services = Services(new ConfigurationBuilder().AddJsonFile(Path.Combine(CaseBot.TestSupport.RepositoryRoot.Path, "Bot", "appsettings.json")).Build());

        var (jobs, stuck, retention) = (Value<JobsOptions>(services), Value<StuckCasesOptions>(services), Value<RetentionOptions>(services));

        Assert.Equal((new TimeOnly(7, 0), TimeSpan.FromMinutes(5)), (jobs.RemindersAt, jobs.PollInterval));
        Assert.Equal(
            [("Stuck", 14, 4, StuckNotify.Lead), ("Escalated", 28, 8, StuckNotify.LeadAndAdmins)],
            stuck.EffectiveTiers.Select(t => (t.Name, t.OverdueActionDays, t.NoProgressWeeks, t.Notify)));
        Assert.Equal("P6Y", retention.ClosedCaseRetention);
    }

    [Fact]
    public void StuckCases_NoTiersConfigured_UsesTheDefaultTiers()
    {
        var services = Services(Settings([]));

        var tiers = Value<StuckCasesOptions>(services).EffectiveTiers;

        Assert.Equal(["Stuck", "Escalated"], tiers.Select(t => t.Name));
    }

    [Theory]
    [InlineData("Tiers:1:OverdueActionDays", "7")]
    [InlineData("Tiers:1:NoProgressWeeks", "3")]
    [InlineData("Tiers:1:Name", "stuck")]
    [InlineData("Tiers:0:Name", "Not stuck")]
    [InlineData("Tiers:0:OverdueActionDays", "0")]
    [InlineData("Tiers:1:NoProgressWeeks", "105")]
    public void StuckCases_BadTier_FailsValidation(string key, string value)
    {
        var settings = TwoTiers();
        settings["StuckCases:" + key] = value;
        var services = Services(Settings(settings));

        Assert.Throws<OptionsValidationException>(() => Value<StuckCasesOptions>(services));
    }

    [Fact]
    public void StuckCases_TierThatCannotBeRead_FailsValidation()
    {
        var settings = TwoTiers();
        settings["StuckCases:Tiers:1:Notify"] = "Everyone";
        var services = Services(Settings(settings));

        Assert.Throws<OptionsValidationException>(() => Value<StuckCasesOptions>(services));
    }

    [Theory]
    [InlineData("P6D")]
    [InlineData("6 years")]
    [InlineData("P")]
    [InlineData("")]
    public void Retention_PeriodNotAnIsoPeriodOfFourWeeksOrMore_FailsValidation(string period)
    {
        var services = Services(Settings(new() { ["Retention:ClosedCaseRetention"] = period }));

        Assert.Throws<OptionsValidationException>(() => Value<RetentionOptions>(services));
    }

    [Fact]
    public void Jobs_PollIntervalUnderTenSeconds_FailsValidation()
    {
        var services = Services(Settings(new() { ["Jobs:PollInterval"] = "00:00:01" }));

        Assert.Throws<OptionsValidationException>(() => Value<JobsOptions>(services));
    }

    private static Dictionary<string, string?> TwoTiers() => new()
    {
        ["StuckCases:Tiers:0:Name"] = "Stuck",
        ["StuckCases:Tiers:0:OverdueActionDays"] = "7",
        ["StuckCases:Tiers:0:NoProgressWeeks"] = "4",
        ["StuckCases:Tiers:0:Notify"] = "Lead",
        ["StuckCases:Tiers:1:Name"] = "Escalated",
        ["StuckCases:Tiers:1:OverdueActionDays"] = "21",
        ["StuckCases:Tiers:1:NoProgressWeeks"] = "8",
        ["StuckCases:Tiers:1:Notify"] = "LeadAndAdmins",
    };

    private static IConfiguration Settings(Dictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static ServiceProvider Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCaseBotJobs(configuration);
        return services.BuildServiceProvider();
    }

    private static T Value<T>(IServiceProvider services)
        where T : class
        => services.GetRequiredService<IOptions<T>>().Value;
}
