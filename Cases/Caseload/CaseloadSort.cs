namespace CaseBot.Cases.Caseload;

/// <summary>How the OH service's list of open cases is ordered (each order is an index of the stores, so any page is quick).</summary>
public enum CaseloadSort
{
    /// <summary>The case that has waited longest since it last moved first.</summary>
    WaitingLongest,

    /// <summary>The case with the action overdue longest first; cases with no open action last.</summary>
    MostOverdue,

    /// <summary>The soonest booked meeting first; cases with none booked last.</summary>
    NextMeeting,

    /// <summary>The highest escalation tier first, then the longest waiting.</summary>
    HighestTier,
}
