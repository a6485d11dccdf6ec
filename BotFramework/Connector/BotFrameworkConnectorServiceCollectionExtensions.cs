using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CaseBot.BotFramework.Connector;

/// <summary>Registers the Connector client with its token handler and retry policy.</summary>
public static class BotFrameworkConnectorServiceCollectionExtensions
{
    public const string HttpClientName = "CaseBot.BotFramework.Connector";

    public static IServiceCollection AddBotFrameworkConnector(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IAppCredentials, MsalAppCredentials>();
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.AddTransient<ConnectorAuthorizationHandler>();
        var client = services.AddHttpClient<IConnectorClient, ConnectorClient>(HttpClientName)
            .UseRecycledConnections();

        // Retries are the outer handler so each try passes through the token handler again.
        client.AddResilienceHandler("connector", static (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value;
            var clock = context.ServiceProvider.GetRequiredService<TimeProvider>();
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                // Polly's own Retry-After reading is not capped by MaxDelay, so we read the header ourselves.
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay.From(args.Outcome.Result, clock.GetUtcNow(), options.MaxDelay)),
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome)),
            });
            pipeline.AddTimeout(options.AttemptTimeout);
        });
        client.AddHttpMessageHandler<ConnectorAuthorizationHandler>();
        return services;
    }

    /// <summary>
    /// Singletons (the adapter, proactive senders) keep one client for the life of the process, so the factory's handler rotation
    /// never reaches them; recycling pooled connections instead makes DNS changes (smba.trafficmanager.net fails over by DNS) count.
    /// </summary>
    internal static IHttpClientBuilder UseRecycledConnections(this IHttpClientBuilder builder)
        => builder.ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            return true;
        }

        var status = outcome.Result?.StatusCode;
        return status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed
            || (status is { } code && (int)code >= 500);
    }
}
