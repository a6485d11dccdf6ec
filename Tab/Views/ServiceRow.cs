using CaseBot.Cards.Meetings;
using CaseBot.Cards.Status;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Tab.Views;

/// <summary>One open case on the OH service's page: reference, stage, meeting type, tier, the lead's role, days since it moved, overdue actions, next meeting. Roles, dates and counts only.</summary>
public sealed record ServiceRow(
    CaseReference Reference, string Stage, string Meeting, string Tier, string LeadRole, int? DaysSinceProgress, int OverdueActions, string NextMeeting)
{
    public static ServiceRow Of(CriticalCase criticalCase, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var today = CardDates.Today(now, zone);
        var booked = criticalCase.BookedMeeting;
        var idle = criticalCase.IdleFor(now);
        return new ServiceRow(
            criticalCase.Reference,
            StatusText.Stage(criticalCase.Stage),
            MeetingCatalogue.Name(booked?.Plan.Type ?? criticalCase.NextMeetingType),
            StatusCard.Escalation(criticalCase.Tier, zone),
            RoleCatalogue.Name(criticalCase.Decision.Recommended.Lead.LeadRole),
            idle is { } span ? (int)span.TotalDays : null,
            criticalCase.OpenActions.Count(a => a.IsOverdue(today)),
            booked is null ? TabText.NotBooked : CardDates.DayAndTime(booked.Plan.Start, zone));
    }
}
