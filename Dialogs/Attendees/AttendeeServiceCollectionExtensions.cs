using CaseBot.Cases.AdviceLine;
using CaseBot.Dialogs.Planning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseBot.Dialogs.Attendees;

/// <summary>Registers the attendees' side: card clicks (ticks, record, refresh) and the "my actions" command.</summary>
public static class AttendeeServiceCollectionExtensions
{
    /// <summary>
    /// Needs ICaseRepository, CaseAccessPolicy, AdviceLineHours, WorkingHours, IChatMembers and TimeProvider from the host. The planning
    /// conversation's IMeetingNotices resolves to <see cref="AttendeeNotices"/>.
    /// </summary>
    public static IServiceCollection AddAttendeeCards(this IServiceCollection services)
    {
        services.AddSingleton<CaseLocks>();
        services.AddSingleton<CaseChanges>();
        services.AddSingleton<MyActionsCommand>();
        services.AddSingleton<GroupChatCommand>();
        services.AddSingleton(sp => new ActionDone(
            sp.GetRequiredService<CaseChanges>(), sp.GetRequiredService<AdviceLineHours>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ActionDone>>()));
        services.AddSingleton<ActionTicks>();
        services.AddSingleton<MeetingRecords>();
        services.AddSingleton<AgendaViews>();
        services.AddSingleton<AttendeeNotices>();
        services.AddSingleton<IMeetingNotices>(sp => sp.GetRequiredService<AttendeeNotices>());
        services.AddSingleton(sp => new AttendeeCardActions(
            sp.GetRequiredService<ActionTicks>(), sp.GetRequiredService<MeetingRecords>(), sp.GetRequiredService<MyActionsCommand>(), sp.GetRequiredService<AgendaViews>()));
        return services;
    }
}
