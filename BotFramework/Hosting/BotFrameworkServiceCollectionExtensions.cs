using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using IMiddleware = CaseBot.BotFramework.Builder.IMiddleware;

namespace CaseBot.BotFramework.Hosting;

/// <summary>Registers the protocol layer and maps the messaging endpoint.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Options (SDK names at the configuration root; section BotFramework), inbound authentication, the Connector client, the
    /// adapter and its middleware: correlation id first, then redelivery de-duplication. Needs an <see cref="State.IStorage"/>.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotFrameworkAuthenticationOptions>().Bind(configuration).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotFrameworkChannelOptions>().Bind(configuration.GetSection(BotFrameworkChannelOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConnectorRetryOptions>().Bind(configuration.GetSection(ConnectorRetryOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RedeliveryOptions>().Bind(configuration.GetSection(RedeliveryOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkAuthenticationOptions>, BotFrameworkAuthenticationOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkChannelOptions>, BotFrameworkChannelOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(OpenIdConfigurationSource.HttpClientName).UseRecycledConnections();
        services.AddSingleton<OpenIdConfigurationSource>();
        services.AddSingleton<IChannelTokenValidator, ChannelTokenValidator>();
        services.AddSingleton<ChannelAccessPolicy>();
        services.AddBotFrameworkConnector();
        services.AddSingleton<IMiddleware, CorrelationIdMiddleware>();
        services.AddSingleton<IMiddleware, RedeliveryDeduplicationMiddleware>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<CloudAdapter>();
        services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        services.AddHostedService<LocalModeWarning>();
        services.AddHostedService<OpenTenantWarning>();
        return services;
    }

    /// <summary>Maps POST (and the Playground's HEAD probe) on <paramref name="pattern"/> to the adapter and the registered <see cref="IBot"/>.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
        => endpoints.MapMethods(pattern, [HttpMethods.Post, HttpMethods.Head, HttpMethods.Get, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch],
            (HttpContext httpContext, CloudAdapter adapter, IBot bot) => adapter.ProcessAsync(httpContext, bot, httpContext.RequestAborted))
            .WithMetadata(MessagingEndpointMetadata.Instance);

    /// <summary>
    /// Reads, authenticates and admits requests to the messaging endpoint here, so middleware added after this (rate limits) can tell
    /// who the channel vouched for (<see cref="AdmittedActivity"/> on the request's features). Optional: without it the endpoint admits
    /// its requests itself.
    /// </summary>
    public static IApplicationBuilder UseBotMessagesAdmission(this IApplicationBuilder app) => app.UseMiddleware<MessagingEndpointAdmission>();
}
