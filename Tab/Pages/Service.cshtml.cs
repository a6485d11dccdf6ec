using CaseBot.Cards.Meetings;
using CaseBot.Cards.Status;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.Caseload;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Casework.Service;
using CaseBot.Tab.SignIn;
using CaseBot.Tab.Views;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseBot.Tab.Pages;

/// <summary>
/// The OH service's page: every open case of the tenant, filtered, ordered and paged in the database (<see cref="ServiceBoard"/>). Anyone
/// outside the service role gets "not found", as for a page that does not exist, and no link to it; every view is audited.
/// </summary>
internal sealed class ServiceModel(ServiceBoard board, AdviceLineHours ukHours, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<ServiceRow> Rows { get; private set; } = [];

    public CaseloadPage Result { get; private set; } = CaseloadPage.Empty;

    public CaseloadQuery Query { get; private set; } = null!;

    public IReadOnlyList<(int Level, string Name)> Tiers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? stage, string? meeting, int? tier, bool overdue, string? sort, int? page, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Query = new CaseloadQuery(
            Enum.TryParse<CaseStage>(stage, out var s) && Enum.IsDefined(s) && s != CaseStage.Closed ? s : null,
            Enum.TryParse<MeetingType>(meeting, out var m) && Enum.IsDefined(m) ? m : null,
            tier is >= 0 && tier <= board.Tiers.Top ? tier : null,
            overdue,
            Enum.TryParse<CaseloadSort>(sort, out var o) && Enum.IsDefined(o) ? o : CaseloadSort.WaitingLongest,
            page ?? 1,
            PageSize,
            CardDates.Today(now, ukHours.Zone));
        var result = await board.CaseloadAsync(TabUser.From(User)!.Caller, Query, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        Result = result;
        Rows = [.. result.Cases.Select(c => ServiceRow.Of(c, now, ukHours.Zone))];
        Tiers = [.. Enumerable.Range(0, board.Tiers.Top + 1).Select(l => (l, board.Tiers.Name(l)))];
        return Page();
    }

    public IEnumerable<CaseStage> Stages => Enum.GetValues<CaseStage>().Where(s => s != CaseStage.Closed);

    public string StageName(CaseStage stage) => StatusText.Stage(stage);

    public IEnumerable<MeetingType> MeetingTypes => Enum.GetValues<MeetingType>();

    public string MeetingName(MeetingType type) => MeetingCatalogue.Name(type);

    public static string SortName(CaseloadSort sort) => sort switch
    {
        CaseloadSort.MostOverdue => "Most overdue action first",
        CaseloadSort.NextMeeting => "Soonest meeting first",
        CaseloadSort.HighestTier => "Highest tier first",
        _ => "Waiting longest first",
    };

    /// <summary>This view's address with another page number (the filters kept).</summary>
    public string PageLink(int page)
        => $"{Hosting.TabPaths.Service}?stage={Query.Stage}&meeting={Query.MeetingType}&tier={Query.TierLevel}&overdue={(Query.OverdueOnly ? "true" : "false")}&sort={Query.Sort}&page={page}";
}
