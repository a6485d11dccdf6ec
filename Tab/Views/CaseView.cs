using CaseBot.Cards.Meetings;
using CaseBot.Cards.Model;
using CaseBot.Cards.Status;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Tab.Views;

/// <summary>
/// A case as a lookup shows it: the status card's own rows and open-action lines (<see cref="StatusCard.Facts"/>), and the chronology
/// newest first, each event named by its kind (<see cref="StatusText.Activity"/>) and never by its stored words, since a key date's
/// words are the lead's own. Nothing here can carry a triage answer or a health detail.
/// </summary>
public sealed record CaseView(Guid CaseId, CaseReference Reference, IReadOnlyList<Fact> Facts, IReadOnlyList<string> OpenActionLines, IReadOnlyList<ChronologyLine> Chronology)
{
    public static CaseView Of(CriticalCase criticalCase, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var status = CaseStatus.Of(criticalCase, now, zone);
        return new CaseView(
            criticalCase.Id,
            criticalCase.Reference,
            StatusCard.Facts(status, zone),
            StatusCard.OpenActionLines(status),
            [.. criticalCase.Chronology.Select((e, i) => (Entry: e, Order: i)).OrderByDescending(e => e.Entry.At).ThenByDescending(e => e.Order)
                .Select(e => new ChronologyLine(e.Entry.At, CardDates.DayAndTime(e.Entry.At, zone), StatusText.Activity(e.Entry.Kind)))]);
    }
}
