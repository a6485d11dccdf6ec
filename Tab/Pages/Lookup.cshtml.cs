using CaseBot.Cards.Actions;
using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Closings;
using CaseBot.Casework.Escalations;
using CaseBot.Tab.Views;
using CaseBot.Tab.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseBot.Tab.Pages;

/// <summary>
/// Look up a case by its reference (<see cref="TabLookups"/>). A lookup is audited, so it is a POST with an anti-forgery token: a link
/// on another site cannot make someone's browser look a case up in their name. A chat's case tab opens with the reference filled in,
/// and the page's script submits it. The lead closes the case here, or reopens it, through the chat's own path (<see cref="CaseClosings"/>);
/// the case is then shown again with what happened.
/// </summary>
internal sealed class LookupModel(TabLookups lookups, CaseClosings closings, CaseEscalations escalations) : PageModel
{
    public string? Reference { get; private set; }

    public bool AutoSubmit { get; private set; }

    public bool Invalid { get; private set; }

    public LookupAnswer? Answer { get; private set; }

    /// <summary>What closing or reopening did (or why not), above the case.</summary>
    public CardNotice? Notice { get; private set; }

    /// <summary>The outcomes the close form offers, in order.</summary>
    public IReadOnlyList<CaseOutcome> Outcomes => OutcomeCatalogue.All;

    public string OutcomeName(CaseOutcome outcome) => OutcomeCatalogue.Name(outcome);

    public void OnGet(string? reference, string? open)
    {
        Reference = CaseReference.TryParse(reference, out var parsed) ? parsed!.Value : null;
        AutoSubmit = Reference is not null && open == "1";
    }

    public async Task<IActionResult> OnPostAsync(string? reference, CancellationToken cancellationToken)
    {
        Reference = reference?.Trim();
        if (!CaseReference.TryParse(reference, out var parsed))
        {
            Invalid = true;
            return Page();
        }

        Reference = parsed!.Value;
        Answer = await lookups.LookUpAsync(TabUser.From(User)!.Caller, parsed, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostCloseAsync(Guid caseId, string? reference, string? outcome, string? reason, CancellationToken cancellationToken)
        => AfterAsync(reference, closings.CloseAsync(TabUser.From(User)!.Caller, caseId, OutcomeCatalogue.Parse(outcome), reason, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(Guid caseId, string? reference, string? reason, CancellationToken cancellationToken)
        => AfterAsync(reference, closings.ReopenAsync(TabUser.From(User)!.Caller, caseId, reason, cancellationToken), cancellationToken);

    /// <summary>The OH service moves the case to another tier by hand, with a reason (anyone else is answered as for a missing case).</summary>
    public async Task<IActionResult> OnPostTierAsync(Guid caseId, string? reference, int level, string? reason, CancellationToken cancellationToken)
    {
        var result = await escalations.ChangeAsync(TabUser.From(User)!.Caller, caseId, level, reason, cancellationToken);
        Notice = result.Outcome switch
        {
            TierChangeOutcome.Changed => CardNotice.Done(TabText.TierChanged),
            TierChangeOutcome.CaseChanged => CardNotice.Refused(CardNotices.CaseChanged),
            _ => CardNotice.Refused(result.Refusal ?? CaseText.NoCaseFound),
        };
        return await OnPostAsync(result.Case?.Reference.Value ?? reference, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(string? reference, Task<ClosingResult> change, CancellationToken cancellationToken)
    {
        var result = await change;
        Notice = result.Outcome switch
        {
            ClosingOutcome.Closed => CardNotice.Done(TabText.CaseClosed(OutcomeCatalogue.Name(result.Case!.Closure!.Outcome))),
            ClosingOutcome.Reopened => CardNotice.Done(TabText.CaseReopened),
            ClosingOutcome.CaseChanged => CardNotice.Refused(CardNotices.CaseChanged),
            _ => CardNotice.Refused(result.Refusal ?? CaseText.NoCaseFound),
        };
        return await OnPostAsync(result.Case?.Reference.Value ?? reference, cancellationToken);
    }
}
