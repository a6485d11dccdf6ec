namespace CaseBot.Cases.Meetings;

/// <summary>Who takes the lead on organising the meeting (<paramref name="LeadRole"/>), who identified the need, and why, in plain words.</summary>
public sealed record LeadOrganiser(Role LeadRole, NeedIdentifiedBy IdentifiedBy, string Why);
