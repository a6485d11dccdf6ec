namespace CaseBot.Casework.Actions;

/// <summary>How marking an action done ended.</summary>
public enum ActionDoneOutcome
{
    /// <summary>Saved: the action is done and every copy of the case's action list is being updated.</summary>
    Done,

    /// <summary>It was done already; nothing changed.</summary>
    AlreadyDone,

    /// <summary>The caller does not own the action; nothing changed.</summary>
    NotYours,

    /// <summary>No such action on a case the caller may see (a missing case and one they may not see alike); nothing changed.</summary>
    NotFound,

    /// <summary>Others kept saving the case first, every attempt; nothing changed.</summary>
    CaseChanged,
}
