using CaseBot.Cases.Access;
using CaseBot.Cases.AdviceLine;
using CaseBot.Casework.Lookups;
using Microsoft.Extensions.Options;

namespace CaseBot.Tab.Views;

/// <summary>
/// "My cases": every case the caller leads or attends (the participants index, as "my actions" uses), sorted by what needs attention,
/// a page at a time. Leads and attendees may see their own cases by the access policy itself, so listing them is not a lookup.
/// </summary>
internal sealed class MyCases(CaseLookups lookups, AdviceLineHours ukHours, TimeProvider time, IOptions<TabOptions> options)
{
    public async Task<MyCasesPage> PageAsync(CaseCaller caller, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var now = time.GetUtcNow();
        var mine = await lookups.MineAsync(caller, cancellationToken);
        var rows = mine.Select(c => CaseRow.Of(c, caller.AadObjectId, now, ukHours.Zone)).Order(CaseRow.ByAttention).ToList();
        var size = options.Value.PageSize;
        var pageCount = Math.Max(1, (rows.Count + size - 1) / size);
        var current = Math.Clamp(page, 1, pageCount);
        return new MyCasesPage([.. rows.Skip((current - 1) * size).Take(size)], current, pageCount, rows.Count);
    }
}
