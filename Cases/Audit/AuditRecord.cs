namespace CaseBot.Cases.Audit;

/// <summary>An <see cref="AuditEntry"/> as stored, with its position in the append-only log.</summary>
/// <param name="Id">Increases with every append; orders entries written at the same instant.</param>
/// <param name="Entry">What was recorded.</param>
public sealed record AuditRecord(long Id, AuditEntry Entry);
