namespace CaseBot.Dialogs.Planning;

/// <summary>What rescheduling keeps between its steps: the case whose booked meeting moves, found by the first step.</summary>
internal sealed record RescheduleState
{
    public Guid? CaseId { get; init; }
}
