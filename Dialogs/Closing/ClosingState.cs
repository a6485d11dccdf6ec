namespace CaseBot.Dialogs.Closing;

/// <summary>What closing or reopening keeps between its steps: the case (found by the first step) and the outcome picked.</summary>
internal sealed record ClosingState
{
    public Guid? CaseId { get; init; }

    public string? Outcome { get; init; }
}
