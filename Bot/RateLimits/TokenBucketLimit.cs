using System.Threading.RateLimiting;

namespace CaseBot.Bot.RateLimits;

/// <summary>
/// One token bucket, as ASP.NET Core's rate limiter names it: up to <see cref="TokenLimit"/> requests at once, refilled by
/// <see cref="TokensPerPeriod"/> every <see cref="ReplenishmentPeriod"/>. A request that finds it empty gets 429 with Retry-After.
/// </summary>
public sealed class TokenBucketLimit
{
    public TokenBucketLimit()
    {
    }

    public TokenBucketLimit(int tokenLimit, int tokensPerPeriod)
    {
        TokenLimit = tokenLimit;
        TokensPerPeriod = tokensPerPeriod;
    }

    public int TokenLimit { get; set; }

    public int TokensPerPeriod { get; set; }

    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);

    public TokenBucketRateLimiterOptions ToLimiterOptions() => new()
    {
        TokenLimit = TokenLimit,
        TokensPerPeriod = TokensPerPeriod,
        ReplenishmentPeriod = ReplenishmentPeriod,
        AutoReplenishment = true,
        QueueLimit = 0,
    };
}
