using Microsoft.Extensions.Options;

namespace CaseBot.Bot.RateLimits;

/// <summary>Every bucket holds at least one request and refills at least one per period, and the period is positive: a zero would refuse everyone.</summary>
internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (surface, limits) in new[] { (nameof(options.Messages), options.Messages), (nameof(options.Board), options.Board) })
        {
            foreach (var (kind, limit) in new[] { (nameof(limits.PerCaller), limits.PerCaller), (nameof(limits.PerTenant), limits.PerTenant), (nameof(limits.PerAddress), limits.PerAddress) })
            {
                if (limit.TokenLimit < 1 || limit.TokensPerPeriod < 1 || limit.ReplenishmentPeriod <= TimeSpan.Zero)
                {
                    failures.Add($"{RateLimitOptions.SectionName}:{surface}:{kind} needs TokenLimit and TokensPerPeriod of at least 1 and a positive ReplenishmentPeriod.");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
