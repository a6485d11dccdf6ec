namespace CaseBot.Bot.CaseStore;

/// <summary>
/// Who takes part in a case (its lead and the attendees picked in Teams), kept beside the case row so "my actions" and
/// "my cases" are an index lookup rather than a scan of every case document. Rewritten with every save of the case.
/// </summary>
public sealed class CaseParticipantEntity
{
    public Guid CaseId { get; set; }

    public required string TenantId { get; set; }

    public required string AadObjectId { get; set; }
}
