namespace CaseBot.Bot.CaseStore;

/// <summary>
/// The Teams chat of each of a case's meetings ("19:meeting_...@thread.v2"), kept beside the case row so a meeting's start or end
/// event, which Teams posts in that chat, finds its case by an index lookup. Added with the save that books the meeting; never changed.
/// </summary>
public sealed class CaseMeetingChatEntity
{
    public Guid CaseId { get; set; }

    public required string TenantId { get; set; }

    public required string ChatId { get; set; }
}
