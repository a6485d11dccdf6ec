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

    /// <summary>The day the owner was last reminded that the action is overdue; reminders go at most once a day.</summary>
    public DateOnly? RemindedOn { get; private init; }

    /// <summary>Rebuilds a stored action (for repositories).</summary>
    public static ActionItem Restore(Guid id, string description, Role ownerRole, string ownerAadObjectId, DateOnly due, ActionState state, DateTimeOffset? doneAt, DateOnly? remindedOn)
        => new(id, description, ownerRole, ownerAadObjectId, due) { State = state, DoneAt = doneAt, RemindedOn = remindedOn };

    /// <summary>True when the action is overdue on <paramref name="today"/> and its owner has not been reminded today.</summary>
    public bool NeedsReminder(DateOnly today) => IsOverdue(today) && RemindedOn != today;

    /// <summary>The action with today's reminder noted.</summary>
    public ActionItem Reminded(DateOnly today) => this with { RemindedOn = today };

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

    /// <summary>No description or owner id, so an action written to a log gives nothing away.</summary>
    public override string ToString() => $"ActionItem {{ Id = {Id}, OwnerRole = {OwnerRole}, Due = {Due:yyyy-MM-dd}, State = {State} }}";
}
