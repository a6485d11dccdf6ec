using CaseBot.Cases.Closing;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.Dialogs.Closing;

/// <summary>The outcomes as a card's buttons, each with the everyday words a lead might type for it instead.</summary>
internal static class ClosingChoices
{
    public static IReadOnlyList<Choice> Outcomes { get; } = [.. OutcomeCatalogue.All.Select(o => new Choice(o.ToString(), OutcomeCatalogue.Name(o), Synonyms(o)) { IsSomethingElse = o == CaseOutcome.Other })];

    private static IReadOnlyList<string> Synonyms(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.BackAtWork => ["back to work", "returned to work", "back in work", "working again", "full return", "returned"],
        CaseOutcome.BackAtWorkWithAdjustments => ["adjustments", "with adjustments", "reasonable adjustments", "adjusted role", "adjusted duties", "phased return", "back with adjustments"],
        CaseOutcome.Redeployed => ["redeployment", "new role", "another role", "different role", "moved role", "changed role"],
        CaseOutcome.IllHealthRetirement => ["ill health retirement", "ill-health retired", "retired on ill health", "retirement", "retired"],
        CaseOutcome.LeftTheOrganisation => ["left", "resigned", "left the company", "left the job", "no longer employed", "no longer works here", "dismissed"],
        CaseOutcome.ResolvedThroughAnotherProcess => ["another process", "other process", "capability process", "attendance process", "grievance", "formal process", "hr process"],
        CaseOutcome.Other => ["other", "something else", "none of these", "none of them"],
        _ => [],
    };
}
