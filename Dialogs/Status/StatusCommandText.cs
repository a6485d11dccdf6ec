namespace CaseBot.Dialogs.Status;

/// <summary>What the audit export says. Tests use the same strings.</summary>
public static class StatusCommandText
{
    public const string AuditNeedsReference = "Please add the case reference, for example **audit HR-2026-0142**.";

    /// <summary>"Audit trail for case HR-2026-0142: 4 entries (CSV attached)."</summary>
    public static string AuditExported(string reference, int entries)
        => $"Audit trail for case {reference}: {entries} {(entries == 1 ? "entry" : "entries")} (CSV attached).";
}
