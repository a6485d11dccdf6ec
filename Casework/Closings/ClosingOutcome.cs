namespace CaseBot.Casework.Closings;

/// <summary>How closing or reopening a case ended.</summary>
public enum ClosingOutcome
{
    /// <summary>Saved: the case is closed with its outcome (retention counts from now).</summary>
    Closed,

    /// <summary>Saved: the case is open again.</summary>
    Reopened,

    /// <summary>The rules said no (not the lead, a meeting booked, open actions, no outcome or reason); <see cref="ClosingResult.Refusal"/> says why. Nothing changed.</summary>
    Refused,

    /// <summary>No such case, or not one the caller may see (alike). Nothing changed.</summary>
    NotFound,

    /// <summary>Others kept saving the case first, every attempt; nothing changed.</summary>
    CaseChanged,
}
