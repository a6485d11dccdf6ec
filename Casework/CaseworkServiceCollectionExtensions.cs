using CaseBot.Casework.Actions;
using CaseBot.Casework.Changes;
using CaseBot.Casework.Chats;
using CaseBot.Casework.Closings;
using CaseBot.Casework.Escalations;
using CaseBot.Casework.Exports;
using CaseBot.Casework.Lookups;
using CaseBot.Casework.Meetings;
using CaseBot.Casework.Openings;
using CaseBot.Casework.Service;
using CaseBot.Casework.Preparation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseBot.Casework;

/// <summary>Registers the work every front door shares; each front door asks for it, so it is registered once whoever asks first.</summary>
public static class CaseworkServiceCollectionExtensions
{
    /// <summary>
    /// Needs from the host: ICaseRepository, ICaseReferenceSearch, CaseAccessPolicy, IAuditLog, ICaseNotices, IMeetingCalendar,
    /// AdviceLineHours and TimeProvider; for tier changes, EscalationTiers and ITierNotices; for the OH service's page, ICaseloadSearch.
    /// </summary>
    public static IServiceCollection AddCasework(this IServiceCollection services)
    {
        services.TryAddSingleton<CaseLocks>();
        services.TryAddSingleton<CaseLookups>();
        services.TryAddSingleton<CaseChanges>();
        services.TryAddSingleton<ActionDone>();
        services.TryAddSingleton<MyActions>();
        services.TryAddSingleton<MeetingBookings>();
        services.TryAddSingleton<MeetingEvents>();
        services.TryAddSingleton<CaseExports>();
        services.TryAddSingleton<CaseOpenings>();
        services.TryAddSingleton<GroupChats>();
        services.TryAddSingleton<CaseClosings>();
        services.TryAddSingleton<CaseEscalations>();
        services.TryAddSingleton<ServiceBoard>();
        services.TryAddSingleton<PreparationReads>();
        return services;
    }
}
