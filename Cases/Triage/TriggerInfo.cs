namespace CaseBot.Cases.Triage;

/// <summary>A trigger's number on the list (1 to 11), its plain wording from the policy, and the words that name it when typed.</summary>
public sealed record TriggerInfo(Trigger Trigger, int Number, string Wording, IReadOnlyList<string> Keywords);
