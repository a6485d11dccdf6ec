using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Dialogs.Attendees;

/// <summary>Registers the attendees' side: card clicks (ticks, record, refresh) and the "my actions" command.</summary>
public static class AttendeeServiceCollectionExtensions
{
    /// <summary>
    /// Needs the use cases (AddCasework), AdviceLineHours, IChatMembers and TimeProvider from the host.
    /// </summary>
    public static IServiceCollection AddAttendeeCards(this IServiceCollection services)
    {
        services.AddSingleton<MyActionsCommand>();
        services.AddSingleton<GroupChatCommand>();
        services.AddSingleton<MeetingChatEvents>();
        services.AddSingleton<StatusViews>();
        services.AddSingleton<ActionTicks>();
        services.AddSingleton<MeetingRecords>();
        services.AddSingleton<AgendaViews>();
        services.AddSingleton<PreparationAnswersFlow>();
        services.AddSingleton<PreparationTyped>();
        services.AddSingleton(sp => new AttendeeCardActions(
            sp.GetRequiredService<ActionTicks>(), sp.GetRequiredService<MeetingRecords>(), sp.GetRequiredService<MyActionsCommand>(), sp.GetRequiredService<AgendaViews>(),
            sp.GetRequiredService<PreparationAnswersFlow>()));
        return services;
    }
}
