using CaseBot.Cases.Audit;

namespace CaseBot.Casework.Exports;

/// <summary>How an export ended, as audited, and the file when it was shown (with how many entries an audit trail holds).</summary>
public sealed record CaseExport(AuditOutcome Outcome, CaseFile? File, int Entries = 0)
{
    public bool Shown => Outcome == AuditOutcome.Shown;
}
