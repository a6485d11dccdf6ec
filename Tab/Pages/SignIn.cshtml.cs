using CaseBot.Cases.CriticalCases;
using CaseBot.Tab.Views;
using CaseBot.Tab.Hosting;
using CaseBot.Tab.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseBot.Tab.Pages;

/// <summary>
/// /tab, where Teams opens the tab and where an expired session comes back to: with a session, on to the page asked for; in Teams, a
/// page whose script gets the Teams SSO token and starts a session (POST /tab/session); in local mode, the user picker. A configured
/// chat tab opens here with <c>?case=REF</c> and goes on to that case. After a sign-out (<c>?signed-out=true</c>) the page says so and
/// signs in again only when asked, since Teams would otherwise start a new session at once.
/// </summary>
internal sealed class SignInModel(TabChrome chrome) : PageModel
{
    public string Next { get; private set; } = TabPaths.MyCases;

    public bool SignedOut { get; private set; }

    public IActionResult OnGet(string? next, [FromQuery(Name = "case")] string? caseReference, [FromQuery(Name = "signed-out")] bool signedOut)
    {
        SignedOut = signedOut;
        Next = CaseReference.TryParse(caseReference, out var reference) ? TabPaths.CaseTab(reference!) : TabPaths.SafeNext(next);
        if (TabUser.From(User) is not null)
        {
            return LocalRedirect(Next);
        }

        return chrome.LocalMode ? LocalRedirect($"{TabPaths.Local}?next={Uri.EscapeDataString(Next)}") : Page();
    }

    /// <summary>"Sign out" (a form post with its anti-forgery token, checked by Razor Pages): ends the session, back to this page.</summary>
    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(TabServiceCollectionExtensions.Scheme);
        return LocalRedirect(TabPaths.SignedOut);
    }
}
