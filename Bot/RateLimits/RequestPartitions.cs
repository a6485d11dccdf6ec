using System.Threading.RateLimiting;
using CaseBot.BotFramework.Hosting;
using CaseBot.Tab.Hosting;

namespace CaseBot.Bot.RateLimits;

/// <summary>
/// Which buckets a request draws from. The messaging endpoint: the tenant and Entra object id the channel vouched for (the request was
/// admitted before this runs, <see cref="AdmittedActivity"/>), else the remote address. The board: its signed-in user, else the remote
/// address. Anything else (health probes) is not limited. Keys hold ids, never names.
/// </summary>
internal static class RequestPartitions
{
    private const string Messages = "messages";
    private const string Board = "board";
    private const int MaxIdLength = 128;

    public static RateLimitPartition<string> PerCaller(HttpContext httpContext, RateLimitOptions options)
    {
        var (surface, limits) = Surface(httpContext, options);
        if (limits is null)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var (tenant, person) = Caller(httpContext, surface);
        return person is not null
            ? RateLimitPartition.GetTokenBucketLimiter($"{surface}/caller/{tenant}/{person}", _ => limits.PerCaller.ToLimiterOptions())
            : RateLimitPartition.GetTokenBucketLimiter($"{surface}/address/{httpContext.Connection.RemoteIpAddress}", _ => limits.PerAddress.ToLimiterOptions());
    }

    public static RateLimitPartition<string> PerTenant(HttpContext httpContext, RateLimitOptions options)
    {
        var (surface, limits) = Surface(httpContext, options);
        var tenant = limits is null ? null : Caller(httpContext, surface).Tenant;
        return tenant is null
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.GetTokenBucketLimiter($"{surface}/tenant/{tenant}", _ => limits!.PerTenant.ToLimiterOptions());
    }

    /// <summary>The surface's name for the log, or null when the request is not limited.</summary>
    public static string? SurfaceName(HttpContext httpContext)
        => MessagingEndpointMetadata.IsMessagingEndpoint(httpContext) ? Messages : TabCallers.IsBoard(httpContext) ? Board : null;

    private static (string? Name, SurfaceRateLimits? Limits) Surface(HttpContext httpContext, RateLimitOptions options) => SurfaceName(httpContext) switch
    {
        Messages => (Messages, options.Messages),
        Board => (Board, options.Board),
        _ => (null, null),
    };

    private static (string? Tenant, string? Person) Caller(HttpContext httpContext, string? surface)
    {
        var (tenant, person) = surface == Messages
            ? httpContext.Features.Get<AdmittedActivity>() is { } admitted ? (admitted.TenantId, admitted.AadObjectId) : (null, null)
            : TabCallers.SignedIn(httpContext) is { } user ? (user.TenantId, user.AadObjectId) : (null, null);
        return (Id(tenant), Id(person)?.ToLowerInvariant());
    }

    // Entra ids are GUIDs; anything empty or far longer is treated as unknown rather than made into a key.
    private static string? Id(string? value) => string.IsNullOrWhiteSpace(value) || value.Length > MaxIdLength ? null : value.Trim();
}
