using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;
using static CaseBot.Dialogs.Root.Answer;

namespace CaseBot.Dialogs.Triage;

/// <summary>The manager's triage answers so far, kept in the triage's dialog state between turns; null = not answered yet.</summary>
internal sealed record TriageAnswers
{
    /// <summary>The case reference as typed; the prompt has checked it is well formed and not taken.</summary>
    public string? Reference { get; init; }

    public NeedIdentifiedBy? IdentifiedBy { get; init; }

    public bool? Exceptional { get; init; }

    public bool? Stuck { get; init; }

    public bool? JoinedUp { get; init; }

    public IReadOnlyList<Trigger>? Triggers { get; init; }

    /// <summary>The manager's own words for <see cref="Trigger.Other"/>; null when that was not chosen.</summary>
    public string? OtherTrigger { get; init; }

    /// <summary>Whether the individual must be involved; yes without asking when they (or their representative) raised the need.</summary>
    public bool? Involvement { get; init; }

    /// <summary>Whether decisions must be made without the individual; no without asking when they raised the need.</summary>
    public bool? DecideWithout { get; init; }

    /// <summary>Whether the manager took the recommended meeting (else the other one, with a reason).</summary>
    public bool? Accepted { get; init; }

    /// <summary>The individual or their representative identified the need, so their involvement is a given.</summary>
    public bool PromptedByIndividual() => IdentifiedBy is NeedIdentifiedBy.Individual or NeedIdentifiedBy.Representative;

    /// <summary>The answers the critical-case assessment reads, once the triggers have been answered.</summary>
    public CriticalCaseAnswers Critical() => new(Given(Exceptional), Given(Stuck), Given(JoinedUp), Given(Triggers).ToHashSet(), OtherTrigger);

    public Recommendation Recommend()
        => MeetingRecommender.Recommend(new RecommendationRequest(CriticalCaseAssessment.Assess(Critical()), Given(IdentifiedBy), Given(Involvement), Given(DecideWithout)));

    /// <summary>The triage as the case keeps it.</summary>
    public TriageRecord Record() => new(Given(IdentifiedBy), Critical(), Given(Involvement), Given(DecideWithout));
}
