namespace CaseBot.Bot.Delivery;

/// <summary>
/// When to try again: the Connector's Retry-After when it gave one, else exponential backoff with +/-20% jitter (Teams' advice), all
/// capped at <see cref="DeliveryOptions.MaxBackoff"/>.
/// </summary>
internal static class DeliveryBackoff
{
    public static TimeSpan Next(int attempts, TimeSpan? retryAfter, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (retryAfter is { } asked)
        {
            return asked < TimeSpan.Zero ? TimeSpan.Zero : Min(asked, options.MaxBackoff);
        }

        var doubling = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var jitter = 0.8 + (0.4 * Random.Shared.NextDouble());
        var wait = options.BaseBackoff.TotalMilliseconds * doubling * jitter;
        return Min(TimeSpan.FromMilliseconds(Math.Min(wait, options.MaxBackoff.TotalMilliseconds)), options.MaxBackoff);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
