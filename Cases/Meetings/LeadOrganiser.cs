namespace CaseBot.Cases.Meetings;

/// <summary>Who leads organising the meeting, and why.</summary>
public sealed record LeadOrganiser(Role LeadRole, NeedIdentifiedBy IdentifiedBy, string Why);
