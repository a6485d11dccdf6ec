namespace CaseBot.Bot.RateLimits;

/// <summary>The limits of one surface (the messaging endpoint, or the case board): per person, per tenant, and per address for requests from nobody known.</summary>
public sealed class SurfaceRateLimits
{
    /// <summary>Per person: the Entra object id (with its tenant) the channel vouched for, or the board's signed-in user.</summary>
    public TokenBucketLimit PerCaller { get; set; } = new();

    /// <summary>Per tenant, across everyone in it.</summary>
    public TokenBucketLimit PerTenant { get; set; } = new();

    /// <summary>Per remote address, for requests with no known person (before sign-in; an activity without an Entra object id).</summary>
    public TokenBucketLimit PerAddress { get; set; } = new();
}
