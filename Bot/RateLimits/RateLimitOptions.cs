namespace CaseBot.Bot.RateLimits;

/// <summary>
/// How many requests <c>/api/messages</c> and <c>/tab</c> take before answering 429 with Retry-After (section <c>RateLimits</c>). The
/// defaults are set so that real people never meet them and a runaway client, script or loop does; a benchmark raises them.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>The messaging endpoint, where Teams posts every message, card click and card refresh (and retries a 429).</summary>
    public SurfaceRateLimits Messages { get; set; } = new()
    {
        // A person types a message every few seconds at most; what comes in bursts is cards. Teams sends a refresh invoke for each
        // card with a refresh action as it is shown, on each of the person's clients (desktop, web, phone), so opening a 1:1 chat full
        // of case cards on two devices sends dozens at once, and ticking off ten actions is ten more. 120 at once covers that with room
        // to spare; 2 a second after that (7,200 an hour) is far beyond anyone clicking, and still stops a client or script gone wrong.
        PerCaller = new TokenBucketLimit(tokenLimit: 120, tokensPerPeriod: 2),

        // Everyone in the organisation together. 100 a second is twice what Teams lets a bot send into one tenant (50 a second), so a
        // real organisation never gets near it; 3,000 at once absorbs a department opening their chats at nine. It stops one tenant (of
        // a multi-tenant bot) or a loop from taking all the bot's capacity.
        PerTenant = new TokenBucketLimit(tokenLimit: 3000, tokensPerPeriod: 100),

        // Activities without an Entra object id come from Teams' own servers, shared by everyone: generous, they are rare.
        PerAddress = new TokenBucketLimit(tokenLimit: 600, tokensPerPeriod: 20),
    };

    /// <summary>The case board (the Teams tab): pages, its own scripts and styles, lookups and ticks.</summary>
    public SurfaceRateLimits Board { get; set; } = new()
    {
        // A page is one request plus the board's scripts and styles (cached after the first load); an adviser looking cases up all
        // day makes one every few seconds, a manager ticks actions a few a second. 300 at once is every page reloaded many times over;
        // 5 a second after that is faster than anyone reads.
        PerCaller = new TokenBucketLimit(tokenLimit: 300, tokensPerPeriod: 5),
        PerTenant = new TokenBucketLimit(tokenLimit: 3000, tokensPerPeriod: 100),

        // Before sign-in (the sign-in page, its scripts, starting the session) people are known only by address, and a whole office
        // behind one proxy or NAT shares one: enough for hundreds of people opening the tab at the same minute.
        PerAddress = new TokenBucketLimit(tokenLimit: 1000, tokensPerPeriod: 30),
    };
}
