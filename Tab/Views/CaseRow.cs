using CaseBot.Cards.Meetings;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Escalation;
using CaseBot.Cases.Meetings;

namespace CaseBot.Tab.Views;

/// <summary>
/// One case on "My cases": what the caller needs to see it at a glance (their part in it, stage, next meeting, actions, how long since
/// it last moved) and why it is where it is in the list. Roles, dates and counts only; no triage answers, no health details.
/// </summary>
public sealed record CaseRow(
    Guid CaseId,
    CaseReference Reference,
    bool IsLead,
    CaseStage Stage,
    MeetingType MeetingType,
    CaseMeeting? NextMeeting,
    int OpenActions,
    int OverdueActions,
    int? DaysSinceProgress,
    Attention Attention,
    int MostOverdueDays,
    int? DaysToMeeting,
    CaseTier? Tier = null)
{
    public const int SoonDays = 7;

    /// <summary>The row of <paramref name="criticalCase"/> for <paramref name="aadObjectId"/> at <paramref name="now"/> (dates in <paramref name="zone"/>, UK time).</summary>
    public static CaseRow Of(CriticalCase criticalCase, string aadObjectId, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var today = CardDates.Today(now, zone);
        var open = criticalCase.OpenActions.ToList();
        var overdue = open.Where(a => a.IsOverdue(today)).ToList();
        var booked = criticalCase.BookedMeeting;
        var idle = criticalCase.IdleFor(now);
        var attention = criticalCase.Stage == CaseStage.Closed ? Attention.Closed
            : overdue.Count > 0 ? Attention.ActionsOverdue
            : booked is not null && booked.Plan.End <= now ? Attention.MeetingToRecord
            : booked is not null && booked.Plan.Start <= now.AddDays(SoonDays) ? Attention.MeetingSoon
            : booked is null && open.Count == 0 ? Attention.MeetingNotBooked
            : Attention.InHand;
        return new CaseRow(
            criticalCase.Id,
            criticalCase.Reference,
            criticalCase.IsLead(aadObjectId),
            criticalCase.Stage,
            booked?.Plan.Type ?? criticalCase.NextMeetingType,
            booked,
            open.Count,
            overdue.Count,
            idle is { } span ? (int)span.TotalDays : null,
            attention,
            overdue.Select(a => today.DayNumber - a.Due.DayNumber).DefaultIfEmpty(0).Max(),
            booked is null ? null : CardDates.Today(booked.Plan.Start, zone).DayNumber - today.DayNumber,
            criticalCase.Tier);
    }

    /// <summary>
    /// The board's order: by <see cref="Attention"/>, then within it the most overdue first, the earliest meeting first, or the case
    /// that has waited longest first; the reference last, so the order is stable.
    /// </summary>
    public static IComparer<CaseRow> ByAttention { get; } = Comparer<CaseRow>.Create((a, b) =>
    {
        var order = a.Attention.CompareTo(b.Attention);
        if (order == 0)
        {
            order = a.Attention switch
            {
                Attention.ActionsOverdue => b.MostOverdueDays.CompareTo(a.MostOverdueDays),
                Attention.MeetingToRecord or Attention.MeetingSoon => Nullable.Compare(a.NextMeeting?.Plan.Start, b.NextMeeting?.Plan.Start),
                _ => (b.DaysSinceProgress ?? -1).CompareTo(a.DaysSinceProgress ?? -1),
            };
        }

        return order != 0 ? order : string.CompareOrdinal(a.Reference.Value, b.Reference.Value);
    });
}
