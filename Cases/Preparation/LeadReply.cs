namespace CaseBot.Cases.Preparation;

/// <summary>The lead's reply to what the individual (or their representative) said before the meeting, sent to them and kept.</summary>
public sealed record LeadReply(string Text, DateTimeOffset At)
{
    public const int MaxLength = 1000;

    /// <summary>No words, so a reply written to a log gives nothing away.</summary>
    public override string ToString() => $"LeadReply {{ At = {At:O}, Length = {Text?.Length ?? 0} }}";
}
