using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Actions;

/// <summary>
/// An action agreed at a case meeting: what (short, no medical detail), whose (role and Entra object id), by when, and whether done.
/// </summary>
public sealed record ActionItem
{
    public const int MaxDescriptionLength = 300;

    public ActionItem(Guid id, string description, Role ownerRole, string ownerAadObjectId, DateOnly due)
    {
        var trimmed = description?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxDescriptionLength)
        {
            throw new CaseRuleException(ActionText.DescriptionLength);
        }

        if (string.IsNullOrWhiteSpace(ownerAadObjectId))
        {
            throw new CaseRuleException(ActionText.OwnerRequired);
        }

        Id = id;
        Description = trimmed;
        OwnerRole = ownerRole;
        OwnerAadObjectId = ownerAadObjectId;
        Due = due;
    }

    public Guid Id { get; }

    public string Description { get; }

    public Role OwnerRole { get; }

    public string OwnerAadObjectId { get; }

    public DateOnly Due { get; }

    public ActionState State { get; private init; } = ActionState.Open;

    public DateTimeOffset? DoneAt { get; private init; }

    public bool IsOverdue(DateOnly today) => State == ActionState.Open && today > Due;

    /// <summary>
    /// The owner ticks the action. Ticking it again changes nothing (two clicks, or two clients, are one tick); anyone else is
    /// refused and nothing changes.
    /// </summary>
    public (ActionItem Item, TickOutcome Outcome) Tick(string actorAadObjectId, DateTimeOffset now)
    {
        if (!string.Equals(actorAadObjectId, OwnerAadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            return (this, TickOutcome.NotYours);
        }

        return State == ActionState.Done
            ? (this, TickOutcome.AlreadyDone)
            : (this with { State = ActionState.Done, DoneAt = now }, TickOutcome.Done);
    }
}
