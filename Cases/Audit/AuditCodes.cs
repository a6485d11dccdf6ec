namespace CaseBot.Cases.Audit;

/// <summary>The stable codes written for actions and outcomes ("case.lookup", "not-found"): the audit's vocabulary, never renamed.</summary>
public static class AuditCodes
{
    private static readonly Dictionary<AuditAction, string> Actions = new()
    {
        [AuditAction.CaseLookup] = "case.lookup",
        [AuditAction.CaseOpened] = "case.opened",
        [AuditAction.AuditExported] = "audit.exported",
        [AuditAction.MeetingBooked] = "meeting.booked",
        [AuditAction.MeetingRescheduled] = "meeting.rescheduled",
        [AuditAction.MeetingCancelled] = "meeting.cancelled",
        [AuditAction.MeetingHeld] = "meeting.held",
        [AuditAction.ActionTicked] = "action.ticked",
        [AuditAction.RecordAnswered] = "record.answered",
        [AuditAction.ReminderSent] = "reminder.sent",
        [AuditAction.KeyDateAdded] = "keydate.added",
        [AuditAction.CaseClosed] = "case.closed",
        [AuditAction.GroupChatChosen] = "case.group-chat-chosen",
        [AuditAction.GroupChatLeft] = "case.group-chat-left",
        [AuditAction.StuckFlagged] = "case.stuck-flagged",
        [AuditAction.CasePurged] = "case.purged",
        [AuditAction.CaseExported] = "case.exported",
        [AuditAction.CaseCardViewed] = "case.card-viewed",
        [AuditAction.MeetingStarted] = "meeting.started",
        [AuditAction.MeetingEnded] = "meeting.ended",
        [AuditAction.CaseReopened] = "case.reopened",
        [AuditAction.CaseEscalated] = "case.escalated",
        [AuditAction.CaseSteppedDown] = "case.stepped-down",
        [AuditAction.ServiceCaseloadViewed] = "service.caseload-viewed",
        [AuditAction.PreparationAnswered] = "preparation.answered",
        [AuditAction.PreparationReplied] = "preparation.replied",
        [AuditAction.PreparationArranged] = "preparation.arranged",
        [AuditAction.PreparationReminded] = "preparation.reminded",
        [AuditAction.PreparationViewed] = "preparation.viewed",
    };

    private static readonly Dictionary<AuditOutcome, string> Outcomes = new()
    {
        [AuditOutcome.Shown] = "shown",
        [AuditOutcome.NotFound] = "not-found",
        [AuditOutcome.Denied] = "denied",
        [AuditOutcome.Saved] = "saved",
        [AuditOutcome.Refused] = "refused",
    };

    public static string Code(AuditAction action)
        => Actions.TryGetValue(action, out var code) ? code : throw new ArgumentOutOfRangeException(nameof(action), action, null);

    public static string Code(AuditOutcome outcome)
        => Outcomes.TryGetValue(outcome, out var code) ? code : throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null);

    public static AuditAction Action(string code)
        => Actions.Single(p => p.Value == code).Key;

    public static AuditOutcome Outcome(string code)
        => Outcomes.Single(p => p.Value == code).Key;
}
