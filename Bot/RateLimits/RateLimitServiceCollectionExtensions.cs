using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.RateLimits;

/// <summary>
/// Rate limits on the messaging endpoint and the case board with ASP.NET Core's rate limiter: a person's bucket (or their address's,
/// when nobody is known) and their tenant's, chained, so one busy person never slows their colleagues and one tenant never slows the
/// others. A refused request gets 429, Retry-After in whole seconds and problem details, and runs nothing: Teams tries again later.
/// </summary>
public static partial class RateLimitServiceCollectionExtensions
{
    public static IServiceCollection AddCaseBotRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>, ILoggerFactory>((limiter, limits, loggers) =>
        {
            var options = limits.Value;
            var logger = loggers.CreateLogger(typeof(RateLimitServiceCollectionExtensions).FullName!);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(c => RequestPartitions.PerCaller(c, options)),
                PartitionedRateLimiter.Create<HttpContext, string>(c => RequestPartitions.PerTenant(c, options)));
            limiter.OnRejected = (context, cancellationToken) => RejectAsync(context, logger, cancellationToken);
        });
        return services;
    }

    /// <summary>After the board's sign-in and the messaging endpoint's admission, so requests are counted against who they are.</summary>
    public static IApplicationBuilder UseCaseBotRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    private static async ValueTask RejectAsync(OnRejectedContext context, ILogger logger, CancellationToken cancellationToken)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        LogRejected(logger, RequestPartitions.SurfaceName(context.HttpContext), seconds);
        if (HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            return;
        }

        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests",
            Detail = $"Try again in {seconds} second{(seconds == 1 ? string.Empty : "s")}.",
        };
        await response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit reached on {Surface}; answered 429, retry after {RetryAfterSeconds} s")]
    private static partial void LogRejected(ILogger logger, string? surface, int retryAfterSeconds);
}
