using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.State;
using CaseBot.Dialogs.Attendees;
using CaseBot.DialogEngine.Prompts;
using CaseBot.DialogEngine.Recognition;
using CaseBot.Dialogs.Planning;
using CaseBot.Dialogs.Rendering;
using CaseBot.Dialogs.Status;
using CaseBot.Dialogs.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Dialogs.Root;

/// <summary>Registers CaseBot's conversations and the bot itself.</summary>
public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddCaseBotConversations(this IServiceCollection services)
    {
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<CaseLookups>();
        services.AddSingleton<StatusCommand>();
        services.AddSingleton<AuditExportCommand>();
        services.AddSingleton<ExportCommand>();
        services.AddAttendeeCards();
        services.AddSingleton<IPromptRenderer, CardPromptRenderer>();
        services.AddSingleton<ChoiceVocabularies>();
        services.AddSingleton(CaseAnswers.Create());
        services.AddSingleton<TriageDialog>();
        services.AddSingleton<MeetingBooker>();
        services.AddSingleton<PlanningDialog>();
        services.AddSingleton<RescheduleDialog>();
        services.AddSingleton<MeetingCommands>();
        services.AddSingleton<CaseBotDialogs>();
        services.AddSingleton<IBot, CaseBotActivityHandler>();
        return services;
    }
}
