namespace CaseBot.Cases.Triage;

/// <summary>
/// A trigger's number on the list (1 to 11), its plain wording from the policy, the other words that name it
/// (<see cref="TriggerSynonyms"/>), and from <see cref="TriggerExamples"/> the same in a few words and an everyday example.
/// </summary>
public sealed record TriggerInfo(Trigger Trigger, int Number, string Wording, IReadOnlyList<string> Synonyms, string ShortWording, string Example);
