namespace CaseBot.Cases.Triage;

/// <summary>A trigger's number on the list (1 to 11), its plain wording from the policy, and the other words that name it (<see cref="TriggerSynonyms"/>).</summary>
public sealed record TriggerInfo(Trigger Trigger, int Number, string Wording, IReadOnlyList<string> Synonyms);
