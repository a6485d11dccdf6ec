using CaseBot.Bot.Audit;
using CaseBot.Cases.Access;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Access;

/// <summary>Registers who may see cases (advice-line staff, admins, leads) and the audit of lookups and case changes.</summary>
public static class CaseAccessServiceCollectionExtensions
{
    /// <summary>
    /// Access settings (<c>AdviceLine:StaffObjectIds</c>, <c>AdviceLine:StaffGroupIds</c>, <c>Admin:ObjectIds</c>,
    /// <c>Admin:GroupIds</c>, <c>Service:ObjectIds</c>, <c>Service:GroupIds</c>; GUIDs, checked at start), <see cref="CaseAccessPolicy"/>, a no-op <see cref="IGroupMembership"/> unless
    /// one is registered, and the audit (see <see cref="AuditServiceCollectionExtensions.AddCaseAudit"/>). Call after AddCaseBotStorage.
    /// </summary>
    public static IServiceCollection AddCaseAccessAndAudit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AdviceLineStaffOptions>().Bind(configuration.GetSection(AdviceLineStaffOptions.SectionName)).ValidateOnStart();
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName)).ValidateOnStart();
        services.AddOptions<ServiceOptions>().Bind(configuration.GetSection(ServiceOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdviceLineStaffOptions>, AccessOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdminOptions>, AccessOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ServiceOptions>, AccessOptionsValidator>());
        services.TryAddSingleton<IGroupMembership, NoGroupMembership>();
        services.AddSingleton(sp =>
        {
            var staff = sp.GetRequiredService<IOptions<AdviceLineStaffOptions>>().Value;
            var admins = sp.GetRequiredService<IOptions<AdminOptions>>().Value;
            var service = sp.GetRequiredService<IOptions<ServiceOptions>>().Value;
            return new AccessGrants(staff.StaffObjectIds, staff.StaffGroupIds, admins.ObjectIds, admins.GroupIds, service.ObjectIds, service.GroupIds);
        });
        services.AddSingleton<CaseAccessPolicy>();
        return services.AddCaseAudit();
    }
}
