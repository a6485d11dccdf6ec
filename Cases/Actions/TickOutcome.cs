namespace CaseBot.Cases.Actions;

/// <summary>What ticking an action did.</summary>
public enum TickOutcome
{
    Done,
    AlreadyDone,
    NotYours,

    /// <summary>The case has no such action (a card from another case, or a forged id).</summary>
    NotFound,
}
