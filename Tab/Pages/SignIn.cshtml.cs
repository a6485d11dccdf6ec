using CaseBot.Cases.CriticalCases;
using CaseBot.Tab.Board;
using CaseBot.Tab.Hosting;
using CaseBot.Tab.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseBot.Tab.Pages;

/// <summary>
/// /tab, where Teams opens the tab and where an expired session comes back to: with a session, on to the page asked for; in Teams, a
/// page whose script gets the Teams SSO token and starts a session (POST /tab/session); in local mode, the user picker. A configured
/// chat tab opens here with <c>?case=REF</c> and goes on to that case.
/// </summary>
internal sealed class SignInModel(BoardChrome chrome) : PageModel
{
    public string Next { get; private set; } = BoardPaths.MyCases;

    public IActionResult OnGet(string? next, [FromQuery(Name = "case")] string? caseReference)
    {
        Next = CaseReference.TryParse(caseReference, out var reference) ? BoardPaths.CaseTab(reference!) : BoardPaths.SafeNext(next);
        if (BoardUser.From(User) is not null)
        {
            return LocalRedirect(Next);
        }

        return chrome.LocalMode ? LocalRedirect($"{BoardPaths.Local}?next={Uri.EscapeDataString(Next)}") : Page();
    }
}
