namespace CaseBot.Dialogs.Planning;

/// <summary>What the planning conversation starts with: the case, and whether it follows straight on from triage (then it asks first).</summary>
public sealed record PlanningOptions(string Reference, bool FromTriage);
