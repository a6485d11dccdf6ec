using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.State;
using CaseBot.Cards.Notices;
using CaseBot.Cards.Preparation;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Preparation;
using CaseBot.Casework;
using CaseBot.DialogEngine.Prompts;
using CaseBot.DialogEngine.Recognition;
using CaseBot.Dialogs.Attendees;
using CaseBot.Dialogs.Closing;
using CaseBot.Dialogs.Planning;
using CaseBot.Dialogs.Rendering;
using CaseBot.Dialogs.Status;
using CaseBot.Dialogs.Triage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseBot.Dialogs.Root;

/// <summary>Registers CaseBot's conversations and the bot itself.</summary>
public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddCaseBotConversations(this IServiceCollection services)
    {
        services.AddCasework();

        // What a case change sends is the chat's cards, whichever front door made the change.
        services.TryAddSingleton<ICaseNotices, AttendeeNotices>();
        services.TryAddSingleton<IPreparationNotices, PreparationNotices>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<StatusCommand>();
        services.AddSingleton<ExportCommands>();
        services.AddAttendeeCards();
        services.AddSingleton<IPromptRenderer, CardPromptRenderer>();
        services.AddSingleton<ChoiceVocabularies>();
        services.AddSingleton(CaseAnswers.Create());
        services.AddSingleton<TriageDialog>();
        services.AddSingleton<PlanningDialog>();
        services.AddSingleton<RescheduleDialog>();
        services.AddSingleton<CloseCaseDialog>();
        services.AddSingleton<ReopenCaseDialog>();
        services.AddSingleton<MeetingCommands>();
        services.AddSingleton<CaseBotDialogs>();
        services.AddSingleton<IBot, CaseBotActivityHandler>();
        return services;
    }
}
