using CaseBot.Cases.Access;
using CaseBot.Tab.Views;
using CaseBot.Tab.Hosting;
using CaseBot.Tab.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CaseBot.Tab.Pages;

/// <summary>
/// Local mode's sign-in (no app id, so no Teams SSO; loopback only, see <see cref="TabGate"/>): pick one of the local directory's
/// people, in the Playground's tenant unless told another, and the board shows what that person would see. Not found outside local mode.
/// </summary>
internal sealed class LocalModel(TabChrome chrome, LocalUsers users, IOptions<TabOptions> options) : PageModel
{
    public IReadOnlyList<(LocalUser User, CallerRoles Roles)> People { get; private set; } = [];

    public string Next { get; private set; } = TabPaths.MyCases;

    public string Tenant { get; private set; } = string.Empty;

    public string? Picked { get; private set; }

    public string? Error { get; private set; }

    public IActionResult OnGet(string? next)
    {
        if (!chrome.LocalMode)
        {
            return NotFound();
        }

        Show(next, options.Value.LocalTenantId, TabUser.From(User)?.AadObjectId);
        return Page();
    }

    /// <param name="user">A person of the list (their object id).</param>
    /// <param name="other">Anyone else, by Entra object id (a GUID): local mode trusts whoever the caller says they are, as its
    /// messaging endpoint does; it serves this machine only.</param>
    /// <param name="tenant">The tenant to sign in to.</param>
    /// <param name="next">Where to go after.</param>
    public async Task<IActionResult> OnPostAsync(string? user, string? other, string? tenant, string? next)
    {
        if (!chrome.LocalMode)
        {
            return NotFound();
        }

        var person = string.IsNullOrWhiteSpace(other) ? users.Find(user) : null;
        var someoneElse = Guid.TryParse(other?.Trim(), out var id) ? id.ToString("D") : null;
        var tenantId = tenant?.Trim();
        if ((person is null && someoneElse is null) || string.IsNullOrEmpty(tenantId) || tenantId.Length > 64)
        {
            Show(next, string.IsNullOrEmpty(tenantId) ? options.Value.LocalTenantId : tenantId, user);
            Error = TabText.PickUserError;
            return Page();
        }

        var board = new TabUser(tenantId, person?.AadObjectId ?? someoneElse!, person?.DisplayName, TabUser.ViaLocalPicker);
        await HttpContext.SignInAsync(TabServiceCollectionExtensions.Scheme, board.ToPrincipal(TabServiceCollectionExtensions.Scheme));
        return LocalRedirect(TabPaths.SafeNext(next));
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        if (!chrome.LocalMode)
        {
            return NotFound();
        }

        await HttpContext.SignOutAsync(TabServiceCollectionExtensions.Scheme);
        return LocalRedirect(TabPaths.Local);
    }

    private void Show(string? next, string tenant, string? picked)
    {
        People = users.All();
        Next = TabPaths.SafeNext(next);
        Tenant = tenant;
        Picked = picked;
    }
}
