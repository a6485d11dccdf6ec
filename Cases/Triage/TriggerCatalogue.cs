namespace CaseBot.Cases.Triage;

/// <summary>
/// The trigger circumstances as the policy words them, their numbers on the list, the words that name them
/// (<see cref="TriggerSynonyms"/>), and each in everyday words with an example (<see cref="TriggerExamples"/>).
/// </summary>
public static class TriggerCatalogue
{
    /// <summary>The number that selects <see cref="Trigger.Other"/> when the list is shown with an "other" line after the eleven.</summary>
    public const int OtherNumber = 12;

    /// <summary>The eleven listed triggers, in the policy's order, numbered 1 to 11 (<see cref="Trigger.Other"/> is not listed).</summary>
    public static IReadOnlyList<TriggerInfo> All { get; } =
    [
        new(Trigger.LifeChangingEvent, 1, TriageText.TriggerLifeChangingEvent, TriggerSynonyms.LifeChangingEvent,
            TriggerExamples.LifeChangingEventShort, TriggerExamples.LifeChangingEvent),
        new(Trigger.IllHealthRetirement, 2, TriageText.TriggerIllHealthRetirement, TriggerSynonyms.IllHealthRetirement,
            TriggerExamples.IllHealthRetirementShort, TriggerExamples.IllHealthRetirement),
        new(Trigger.TerminalIllness, 3, TriageText.TriggerTerminalIllness, TriggerSynonyms.TerminalIllness,
            TriggerExamples.TerminalIllnessShort, TriggerExamples.TerminalIllness),
        new(Trigger.RiskOfHarm, 4, TriageText.TriggerRiskOfHarm, TriggerSynonyms.RiskOfHarm,
            TriggerExamples.RiskOfHarmShort, TriggerExamples.RiskOfHarm),
        new(Trigger.OverlappingProcesses, 5, TriageText.TriggerOverlappingProcesses, TriggerSynonyms.OverlappingProcesses,
            TriggerExamples.OverlappingProcessesShort, TriggerExamples.OverlappingProcesses),
        new(Trigger.ProcessStuck, 6, TriageText.TriggerProcessStuck, TriggerSynonyms.ProcessStuck,
            TriggerExamples.ProcessStuckShort, TriggerExamples.ProcessStuck),
        new(Trigger.FailureToImplementActions, 7, TriageText.TriggerFailureToImplementActions, TriggerSynonyms.FailureToImplementActions,
            TriggerExamples.FailureToImplementActionsShort, TriggerExamples.FailureToImplementActions),
        new(Trigger.RepeatedReferrals, 8, TriageText.TriggerRepeatedReferrals, TriggerSynonyms.RepeatedReferrals,
            TriggerExamples.RepeatedReferralsShort, TriggerExamples.RepeatedReferrals),
        new(Trigger.InformationDisconnect, 9, TriageText.TriggerInformationDisconnect, TriggerSynonyms.InformationDisconnect,
            TriggerExamples.InformationDisconnectShort, TriggerExamples.InformationDisconnect),
        new(Trigger.LitigationRisk, 10, TriageText.TriggerLitigationRisk, TriggerSynonyms.LitigationRisk,
            TriggerExamples.LitigationRiskShort, TriggerExamples.LitigationRisk),
        new(Trigger.OngoingNoPathway, 11, TriageText.TriggerOngoingNoPathway, TriggerSynonyms.OngoingNoPathway,
            TriggerExamples.OngoingNoPathwayShort, TriggerExamples.OngoingNoPathway),
    ];

    /// <summary>Plain wording of a trigger; <see cref="Trigger.Other"/> reads as <see cref="TriageText.TriggerOther"/>.</summary>
    public static string Wording(Trigger trigger)
        => trigger == Trigger.Other ? TriageText.TriggerOther : All.Single(t => t.Trigger == trigger).Wording;

    /// <summary>The trigger's number on the list: 1 to 11, or <see cref="OtherNumber"/>.</summary>
    public static int Number(Trigger trigger)
        => trigger == Trigger.Other ? OtherNumber : All.Single(t => t.Trigger == trigger).Number;

    /// <summary>The trigger numbered 1 to 11, or <see cref="OtherNumber"/>; null for any other number.</summary>
    public static Trigger? ByNumber(int number)
        => number == OtherNumber ? Trigger.Other : All.FirstOrDefault(t => t.Number == number)?.Trigger;
}
