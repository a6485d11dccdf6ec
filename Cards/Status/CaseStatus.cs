using CaseBot.Cases.Actions;
using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Escalation;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Status;

/// <summary>
/// What the status card shows, and nothing more: stage, meeting, roles, actions, last activity. It holds no triage answers, no
/// override reason and no chronology summaries, so the card cannot show them.
/// </summary>
/// <param name="Reference">The case reference the caller asked about.</param>
/// <param name="Stage">Where the case stands.</param>
/// <param name="Meeting">The meeting type decided on.</param>
/// <param name="MeetingAt">When the meeting is booked for; null until booked.</param>
/// <param name="LeadRole">The role leading the organising (never the person).</param>
/// <param name="AttendeeRoles">Roles of the people invited; empty until the meeting is booked.</param>
/// <param name="Actions">Agreed actions (only owners' roles, due dates and states are shown, never their descriptions).</param>
/// <param name="LastActivityAt">When the newest chronology entry happened.</param>
/// <param name="LastActivityKind">What that entry was.</param>
/// <param name="Today">Today in UK time, for overdue actions.</param>
/// <param name="Outcome">How the case ended, while it is closed (the outcome only, never an "other" reason).</param>
/// <param name="Tier">Where the case stands on the escalation tiers; null reads as never escalated.</param>
public sealed record CaseStatus(
    CaseReference Reference,
    CaseStage Stage,
    MeetingType Meeting,
    DateTimeOffset? MeetingAt,
    Role LeadRole,
    IReadOnlyList<Role> AttendeeRoles,
    IReadOnlyList<ActionItem> Actions,
    DateTimeOffset? LastActivityAt,
    ChronologyKind? LastActivityKind,
    DateOnly Today,
    CaseOutcome? Outcome = null,
    CaseTier? Tier = null)
{
    /// <summary>
    /// The status of <paramref name="criticalCase"/> at <paramref name="now"/>: by default its own booked meeting (the next one's type
    /// otherwise), the roles invited to its latest meeting and its agreed actions; a caller may pass others (card previews).
    /// </summary>
    /// <param name="criticalCase">The case.</param>
    /// <param name="now">The current instant: the last activity is the newest entry not after it (a key date may lie ahead).</param>
    /// <param name="ukZone">UK time, for today's date (overdue actions).</param>
    /// <param name="actions">The agreed actions to show instead of the case's own.</param>
    /// <param name="meetingAt">The meeting time to show instead of the case's booked meeting.</param>
    /// <param name="attendeeRoles">The roles to show instead of those invited to the case's latest meeting.</param>
    public static CaseStatus Of(
        CriticalCase criticalCase,
        DateTimeOffset now,
        TimeZoneInfo ukZone,
        IReadOnlyList<ActionItem>? actions = null,
        DateTimeOffset? meetingAt = null,
        IReadOnlyList<Role>? attendeeRoles = null)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(ukZone);
        var last = criticalCase.Chronology.Where(e => e.At <= now).OrderBy(e => e.At).LastOrDefault();
        var booked = criticalCase.BookedMeeting;
        return new CaseStatus(
            criticalCase.Reference,
            criticalCase.Stage,
            booked?.Plan.Type ?? criticalCase.NextMeetingType,
            meetingAt ?? booked?.Plan.Start,
            criticalCase.Decision.Recommended.Lead.LeadRole,
            attendeeRoles ?? [.. (criticalCase.LatestMeeting?.Plan.Attendees ?? []).Select(a => a.Role)],
            actions ?? criticalCase.Actions,
            last?.At,
            last?.Kind,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ukZone).DateTime),
            criticalCase.Closure?.Outcome,
            criticalCase.Tier);
    }

    public IReadOnlyList<ActionItem> OpenActions => [.. Actions.Where(a => a.State == ActionState.Open).OrderBy(a => a.Due)];

    public int OverdueCount => Actions.Count(a => a.IsOverdue(Today));
}
