namespace CaseBot.Cases.Preparation;

/// <summary>A message the individual (or their representative) typed to CaseBot before the meeting, kept as they wrote it.</summary>
public sealed record OwnWords(string Text, DateTimeOffset At)
{
    public const int MaxLength = 1000;

    /// <summary>No words, so a message written to a log gives nothing away.</summary>
    public override string ToString() => $"OwnWords {{ At = {At:O}, Length = {Text?.Length ?? 0} }}";
}
