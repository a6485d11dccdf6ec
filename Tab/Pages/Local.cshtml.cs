using CaseBot.Cases.Access;
using CaseBot.Tab.Board;
using CaseBot.Tab.Hosting;
using CaseBot.Tab.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CaseBot.Tab.Pages;

/// <summary>
/// Local mode's sign-in (no app id, so no Teams SSO; loopback only, see <see cref="BoardGate"/>): pick one of the local directory's
/// people, in the Playground's tenant unless told another, and the board shows what that person would see. Not found outside local mode.
/// </summary>
internal sealed class LocalModel(BoardChrome chrome, LocalUsers users, IOptions<CaseBoardOptions> options) : PageModel
{
    public IReadOnlyList<(LocalUser User, CallerRoles Roles)> People { get; private set; } = [];

    public string Next { get; private set; } = BoardPaths.MyCases;

    public string Tenant { get; private set; } = string.Empty;

    public string? Picked { get; private set; }

    public string? Error { get; private set; }

    public IActionResult OnGet(string? next)
    {
        if (!chrome.LocalMode)
        {
            return NotFound();
        }

        Show(next, options.Value.LocalTenantId, BoardUser.From(User)?.AadObjectId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? user, string? tenant, string? next)
    {
        if (!chrome.LocalMode)
        {
            return NotFound();
        }

        var person = users.Find(user);
        var tenantId = tenant?.Trim();
        if (person is null || string.IsNullOrEmpty(tenantId) || tenantId.Length > 64)
        {
            Show(next, string.IsNullOrEmpty(tenantId) ? options.Value.LocalTenantId : tenantId, user);
            Error = "Choose a person from the list, and a tenant id of up to 64 characters.";
            return Page();
        }

        var board = new BoardUser(tenantId, person.AadObjectId!, person.DisplayName, BoardUser.ViaLocalPicker);
        await HttpContext.SignInAsync(CaseBoardServiceCollectionExtensions.Scheme, board.ToPrincipal(CaseBoardServiceCollectionExtensions.Scheme));
        return LocalRedirect(BoardPaths.SafeNext(next));
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        if (!chrome.LocalMode)
        {
            return NotFound();
        }

        await HttpContext.SignOutAsync(CaseBoardServiceCollectionExtensions.Scheme);
        return LocalRedirect(BoardPaths.Local);
    }

    private void Show(string? next, string tenant, string? picked)
    {
        People = users.All();
        Next = BoardPaths.SafeNext(next);
        Tenant = tenant;
        Picked = picked;
    }
}
