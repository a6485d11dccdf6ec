namespace CaseBot.BotFramework.Connector;

/// <summary>
/// Reads the Connector's Retry-After (delta seconds or an HTTP date) into a wait, capped so a hostile or mistaken header cannot
/// park a turn for an hour. No header: null, and the retry falls back to exponential backoff with jitter.
/// </summary>
internal static class RetryAfterDelay
{
    public static TimeSpan? From(HttpResponseMessage? response, DateTimeOffset now, TimeSpan cap)
    {
        var header = response?.Headers.RetryAfter;
        TimeSpan? wait = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => null,
        };

        if (wait is not { } value)
        {
            return null;
        }

        if (value < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return value > cap ? cap : value;
    }
}
