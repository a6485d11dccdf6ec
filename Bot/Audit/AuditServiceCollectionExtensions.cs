using CaseBot.Bot.Storage;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseBot.Bot.Audit;

/// <summary>Registers the append-only audit log (database, or memory with Storage:Provider=Memory) and audits case changes.</summary>
public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAuditLog"/> on the same store as the cases, and wraps the registered <see cref="ICaseRepository"/> so that
    /// every change it saves is audited. Call after AddCaseBotStorage; calling twice changes nothing.
    /// </summary>
    public static IServiceCollection AddCaseAudit(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IAuditLog)))
        {
            return services;
        }

        var repository = services.LastOrDefault(d => d.ServiceType == typeof(ICaseRepository))
            ?? throw new InvalidOperationException("Register the case store (AddCaseBotStorage) before the audit.");
        if (services.Any(d => d.ServiceType == typeof(ICaseBotDbContextFactory)))
        {
            services.AddSingleton<IAuditLog, EfAuditLog>();
        }
        else
        {
            services.AddSingleton<IAuditLog, InMemoryAuditLog>();
        }

        services.TryAddSingleton(TimeProvider.System);
        services.Remove(repository);
        services.Add(ServiceDescriptor.Describe(
            typeof(ICaseRepository),
            sp => new AuditedCaseRepository(Inner(sp, repository), sp.GetRequiredService<IAuditLog>(), sp.GetRequiredService<TimeProvider>()),
            repository.Lifetime));
        return services;
    }

    private static ICaseRepository Inner(IServiceProvider services, ServiceDescriptor descriptor)
        => (ICaseRepository)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
