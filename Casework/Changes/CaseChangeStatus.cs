namespace CaseBot.Casework.Changes;

/// <summary>How applying a change to a case ended.</summary>
public enum CaseChangeStatus
{
    /// <summary>No such case, or the caller may not see it (the same answer for both).</summary>
    Missing,

    /// <summary>The change decided not to save (a refusal, or a repeat that changes nothing).</summary>
    Unchanged,

    Saved,

    /// <summary>Others kept saving the case first, every attempt; nothing was saved.</summary>
    Conflict,
}
