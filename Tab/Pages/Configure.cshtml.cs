using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Lookups;
using CaseBot.Tab.SignIn;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseBot.Tab.Pages;

/// <summary>
/// The configurable tab's set-up page (a group chat or channel tab that shows one case): the user picks one of the cases they lead or
/// attend, and the page's script tells Teams the tab's address (/tab?case=REF). Whoever opens the tab later sees the case only if the
/// access policy lets them.
/// </summary>
internal sealed class ConfigureModel(CaseLookups lookups) : PageModel
{
    public IReadOnlyList<CaseReference> References { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var mine = await lookups.MineAsync(TabUser.From(User)!.Caller, cancellationToken);
        References = [.. mine.Where(c => c.Stage != CaseStage.Closed).Select(c => c.Reference).OrderBy(r => r.Value, StringComparer.Ordinal)];
    }
}
