using CaseBot.Cases.Actions;
using CaseBot.Cases.Closing;

namespace CaseBot.Cases.CriticalCases;

/// <summary>Closing a case with its outcome, and reopening it.</summary>
public sealed partial class CriticalCase
{
    /// <summary>
    /// Why <paramref name="actorAadObjectId"/> cannot close the case now (the first rule in the way: only the lead, not already closed,
    /// no meeting booked, every action done), or null when they can once they pick an outcome.
    /// </summary>
    public string? WhyNotClose(string actorAadObjectId)
        => !IsLead(actorAadObjectId) ? CaseText.OnlyLeadCloses
            : Stage == CaseStage.Closed ? CaseText.IsClosed
            : BookedMeeting is not null ? CaseText.CloseWithBookedMeeting
            : _actions.Exists(a => a.State == ActionState.Open) ? CaseText.CloseWithOpenActions
            : null;

    /// <summary>Why <paramref name="actorAadObjectId"/> cannot reopen the case (only its lead, only once closed), or null when they can with a reason.</summary>
    public string? WhyNotReopen(string actorAadObjectId)
        => !IsLead(actorAadObjectId) ? ClosingText.OnlyLeadReopens
            : Stage != CaseStage.Closed ? ClosingText.NotClosed
            : null;

    /// <summary>
    /// The lead closes the case once no meeting is pending and every action is done, with its outcome (and for "other", a few words on
    /// how it ended). Retention counts from now.
    /// </summary>
    public void Close(string actorAadObjectId, CaseOutcome? outcome, string? otherReason, DateTimeOffset now)
    {
        if (WhyNotClose(actorAadObjectId) is { } why)
        {
            throw new CaseRuleException(why);
        }

        var closure = CaseClosure.Create(outcome, otherReason, now);
        Stage = CaseStage.Closed;
        ClosedAt = now;
        Closure = closure;
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.Closed, ClosingText.Closed(closure.Outcome)));
    }

    /// <summary>
    /// The lead reopens a closed case, saying why: it goes back to where it stood, its outcome no longer counts and retention stops.
    /// </summary>
    public void Reopen(string actorAadObjectId, string? reason, DateTimeOffset now)
    {
        if (WhyNotReopen(actorAadObjectId) is { } why)
        {
            throw new CaseRuleException(why);
        }

        var trimmed = reason?.Trim();
        Require(trimmed is { Length: > 0 and <= CaseClosure.MaxReasonLength }, ClosingText.ReopenNeedsReason);
        ClosedAt = null;
        Closure = null;
        Stage = SettledStage();
        _chronology.Add(new ChronologyEntry(now, ChronologyKind.Reopened, ClosingText.Reopened(trimmed!)));
    }
}
