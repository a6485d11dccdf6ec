using CaseBot.Bot.Storage;
using CaseBot.Dialogs.Attendees;
using Microsoft.Extensions.DependencyInjection.Extensions;
using IMiddleware = CaseBot.BotFramework.Builder.IMiddleware;

namespace CaseBot.Bot.Delivery;

/// <summary>Registers proactive delivery: the outbox worker, conversation-reference capture, and their stores.</summary>
public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Options (section <c>Delivery</c>), the outbox and conversation references on the configured store (database, or memory with
    /// Storage:Provider=Memory), the background worker, and the turn middleware that captures 1:1 conversation references. Call after
    /// AddCaseBotStorage and AddBotFramework (it needs the Connector client and the case repository).
    /// </summary>
    public static IServiceCollection AddCaseBotDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.LeaseDuration > o.PollInterval * 2, "Delivery:LeaseDuration must be more than twice Delivery:PollInterval.")
            .Validate(o => o.MaxBackoff >= o.BaseBackoff, "Delivery:MaxBackoff must not be shorter than Delivery:BaseBackoff.")
            .Validate(o => string.IsNullOrEmpty(o.DefaultServiceUrl) || IsHttpUrl(o.DefaultServiceUrl), "Delivery:DefaultServiceUrl must be an absolute http(s) URL.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxSignal>());
        if (services.Any(d => d.ServiceType == typeof(ICaseBotDbContextFactory)))
        {
            services.TryAddSingleton<IOutboxStore, EfOutboxStore>();
            services.TryAddSingleton<IConversationReferenceStore, EfConversationReferenceStore>();
        }
        else
        {
            // The in-memory case repository queues notices here when it is registered.
            services.TryAddSingleton<InMemoryOutboxStore>();
            services.TryAddSingleton<IOutboxStore>(sp => sp.GetRequiredService<InMemoryOutboxStore>());
            services.TryAddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        }

        services.TryAddSingleton<OutboxInstance>();
        services.TryAddSingleton<RecipientConversations>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<LeadNotes>();
        services.TryAddSingleton<OutboxProcessor>();
        services.TryAddSingleton<IChatMembers, ConnectorChatMembers>();
        services.AddHostedService<OutboxDeliveryService>();
        services.AddSingleton<IMiddleware, ConversationReferenceMiddleware>();
        return services;
    }

    private static bool IsHttpUrl(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
