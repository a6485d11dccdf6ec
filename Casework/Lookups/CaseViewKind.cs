namespace CaseBot.Casework.Lookups;

/// <summary>What a person may see of a case they ask for by id (<see cref="CaseLookups.ViewAsync"/>).</summary>
public enum CaseViewKind
{
    /// <summary>No such case in their tenant, or not theirs to see: answered alike, so nothing tells the two apart.</summary>
    Hidden,

    /// <summary>The case's lead or an attendee of one of its meetings: their own card, with what is theirs to know and do.</summary>
    OnTheCase,

    /// <summary>Advice-line staff or an admin who is not on the case: its status only (the status card's facts, as the board shows).</summary>
    StatusOnly,
}
