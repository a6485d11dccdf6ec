using CaseBot.Cards;

namespace CaseBot.Dialogs.Status;

/// <summary>What the admins' exports say: the subject-access export and the audit trail. Tests use the same strings.</summary>
public static class ExportText
{
    public const string NeedsReference = "Please add the case reference, for example **export HR-2026-0142**.";
    public const string AuditNeedsReference = "Please add the case reference, for example **audit HR-2026-0142**.";

    /// <summary>"Data held for case HR-2026-0142 (JSON attached), for a subject access request. ..."</summary>
    public static string Exported(string reference)
        => $"Data held for case {MarkdownText.Inline(reference)} (JSON attached), for a subject access request. It contains personal data: keep it secure, " +
           "share it only as the request allows, and delete your copy when the request is answered.";

    /// <summary>"Audit trail for case HR-2026-0142: 4 entries (CSV attached)."</summary>
    public static string AuditExported(string reference, int entries)
        => $"Audit trail for case {MarkdownText.Inline(reference)}: {entries} {(entries == 1 ? "entry" : "entries")} (CSV attached).";
}
