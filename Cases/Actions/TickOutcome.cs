namespace CaseBot.Cases.Actions;

/// <summary>What ticking an action did.</summary>
public enum TickOutcome
{
    Done,
    AlreadyDone,
    NotYours,
}
