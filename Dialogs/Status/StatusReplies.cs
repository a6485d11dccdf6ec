using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;

namespace CaseBot.Dialogs.Status;

/// <summary>Small helpers shared by the status and audit commands.</summary>
internal static class StatusReplies
{

    public static AuditOutcome Outcome(CaseAccessOutcome outcome) => outcome switch
    {
        CaseAccessOutcome.Granted => AuditOutcome.Shown,
        CaseAccessOutcome.NotFound => AuditOutcome.NotFound,
        CaseAccessOutcome.Denied => AuditOutcome.Denied,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
