namespace CaseBot.BotFramework.Hosting;

/// <summary>Redelivery de-duplication (section <c>BotFramework:Redelivery</c>).</summary>
public sealed class RedeliveryOptions
{
    public const string SectionName = "BotFramework:Redelivery";

    /// <summary>
    /// How long a claim of a turn still in progress holds a redelivery back. An instance that died mid-turn never finishes its
    /// claim; once this has passed since it claimed, a redelivery runs the turn elsewhere. Longer than any healthy turn.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a held-back redelivery looks again at the claim (done: dropped; expired: taken over).</summary>
    public TimeSpan ClaimPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
