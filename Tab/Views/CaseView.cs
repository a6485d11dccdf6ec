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
/// <param name="CaseId">The case's id.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="Facts">The status card's rows.</param>
/// <param name="OpenActionLines">The status card's open-action lines.</param>
/// <param name="Chronology">The chronology, newest first.</param>
/// <param name="Tiers">For the OH service only: the tiers it may move the case to by hand.</param>
/// <param name="Closing">For the case's lead only: whether it is closed and, while open, why it cannot close yet; null for anyone else.</param>
public sealed record CaseView(
    Guid CaseId, CaseReference Reference, IReadOnlyList<Fact> Facts, IReadOnlyList<string> OpenActionLines, IReadOnlyList<ChronologyLine> Chronology,
    LeadClosing? Closing = null,
    TierChoice? Tiers = null)
{
    /// <param name="criticalCase">The case.</param>
    /// <param name="now">When it is looked at.</param>
    /// <param name="zone">UK time, for dates.</param>
    /// <param name="viewerAadObjectId">Who is looking: the lead gets <see cref="Closing"/>.</param>
    public static CaseView Of(CriticalCase criticalCase, DateTimeOffset now, TimeZoneInfo zone, string? viewerAadObjectId = null)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var status = CaseStatus.Of(criticalCase, now, zone);
        return new CaseView(
            criticalCase.Id,
            criticalCase.Reference,
            StatusCard.Facts(status, zone),
            StatusCard.OpenActionLines(status),
            [.. criticalCase.Chronology.Select((e, i) => (Entry: e, Order: i)).OrderByDescending(e => e.Entry.At).ThenByDescending(e => e.Order)
                .Select(e => new ChronologyLine(e.Entry.At, CardDates.DayAndTime(e.Entry.At, zone), StatusText.Activity(e.Entry.Kind)))],
            viewerAadObjectId is not null && criticalCase.IsLead(viewerAadObjectId)
                ? new LeadClosing(criticalCase.Stage == CaseStage.Closed, criticalCase.WhyNotClose(viewerAadObjectId))
                : null);
    }
}
