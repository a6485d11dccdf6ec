using CaseBot.Cases.CriticalCases;

namespace CaseBot.Cases.Escalation;

/// <summary>
/// The announcements a change of a case's escalation tier sends (saved with the change; the outbox delivers them). What they look like is
/// the host's to render.
/// </summary>
public interface ITierNotices
{
    /// <summary>One announcement to each recipient (Entra object ids), saying what changed and why, from the case's newest chronology entry.</summary>
    IReadOnlyList<CaseNotice> ForTierChange(CriticalCase criticalCase, IReadOnlyList<string> recipients);
}
