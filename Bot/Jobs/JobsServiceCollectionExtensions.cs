using CaseBot.Bot.Access;
using CaseBot.Bot.CaseStore;
using CaseBot.Bot.Storage;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.Escalation;
using CaseBot.Casework;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Jobs;

/// <summary>Registers the scheduled jobs (overdue-action reminders, stuck cases, retention, expired redelivery claims) and their runner.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Settings <c>Jobs</c>, <c>StuckCases</c> and <c>Retention</c>, checked at start. Call after AddCaseBotStorage, AddAdviceLine (its
    /// closed dates are the days reminders skip) and AddCaseAccessAndAudit (admins, audited case saves). With Storage:Provider=Memory
    /// there is no retention job and nudges are dropped, as the in-memory case store drops notices.
    /// </summary>
    public static IServiceCollection AddCaseBotJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddCasework();
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var tiers = configuration.GetSection(StuckCasesOptions.SectionName).GetSection(nameof(StuckCasesOptions.Tiers));

        // The binder silently drops a list item it cannot convert (Notify: "Everyone", days: "ten"): count them instead.
        services.AddOptions<StuckCasesOptions>().Bind(configuration.GetSection(StuckCasesOptions.SectionName))
            .Validate(
                o => o.Tiers.Count == tiers.GetChildren().Count(),
                "StuckCases:Tiers has a tier that could not be read: Notify must be Lead or LeadAndAdmins, and the thresholds whole numbers.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StuckCasesOptions>, StuckCasesOptionsValidator>());
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.SectionName))
            .Validate(
                o => RetentionPeriod.TryParse(o.ClosedCaseRetention, out var period) && period!.IsAtLeastMinimum,
                "Retention:ClosedCaseRetention must be an ISO 8601 period of at least four weeks, e.g. P6Y.")
            .Validate(o => o.BatchSize is >= 1 and <= 1000, "Retention:BatchSize must be 1 to 1000.")
            .ValidateOnStart();
        services.TryAddSingleton(sp => new EscalationTiers(
            sp.GetRequiredService<IOptions<StuckCasesOptions>>().Value.EffectiveTiers, sp.GetRequiredService<IOptions<AdminOptions>>().Value.ObjectIds));
        services.TryAddSingleton<ITierNotices, TierNotices>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => AdviceLineHours.ForUk());

        if (services.Any(d => d.ServiceType == typeof(ICaseBotDbContextFactory)))
        {
            services.AddSingleton<IJobClaims, EfJobClaims>();
            services.AddSingleton<ICaseNoticeQueue, EfCaseNoticeQueue>();
            services.AddSingleton<ICaseRetention, EfCaseRetention>();
            services.AddSingleton<IScheduledJob, RetentionJob>();
            services.AddSingleton<IScheduledJob, RedeliveryClaimsJob>();
        }
        else
        {
            services.AddSingleton<IJobClaims, InMemoryJobClaims>();
            services.AddSingleton<ICaseNoticeQueue, DroppedCaseNotices>();
        }

        services.AddSingleton<IScheduledJob, OverdueActionRemindersJob>();
        services.AddSingleton<IScheduledJob, PreparationRemindersJob>();
        services.AddSingleton<IScheduledJob, StuckCasesJob>();
        services.AddSingleton<ScheduledJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledJobRunner>());
        return services;
    }
}
