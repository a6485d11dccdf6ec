using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.State;
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
        services.AddSingleton<IBot, CaseBotActivityHandler>();
        return services;
    }
}
