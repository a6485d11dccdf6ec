using CaseBot.Cases.CriticalCases;
using CaseBot.Tab.Views;
using CaseBot.Tab.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseBot.Tab.Pages;

/// <summary>
/// Look up a case by its reference (<see cref="TabLookups"/>). A lookup is audited, so it is a POST with an anti-forgery token: a link
/// on another site cannot make someone's browser look a case up in their name. A chat's case tab opens with the reference filled in,
/// and the page's script submits it.
/// </summary>
internal sealed class LookupModel(TabLookups lookups) : PageModel
{
    public string? Reference { get; private set; }

    public bool AutoSubmit { get; private set; }

    public bool Invalid { get; private set; }

    public LookupAnswer? Answer { get; private set; }

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
}
