using CaseBot.Cases.CriticalCases;

namespace CaseBot.Bot.Delivery;

/// <summary>Turns the notices of a case change into outbox rows (saved by the repository in the same transaction as the case).</summary>
internal static class OutboxMessages
{
    public static OutboxMessageEntity From(CriticalCase criticalCase, CaseNotice notice, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        TenantId = criticalCase.TenantId,
        CaseId = criticalCase.Id,
        Kind = notice.Kind,
        RecipientAadObjectId = notice.RecipientAadObjectId,
        ConversationId = notice.ConversationId,
        ActivityJson = notice.Payload,
        DedupKey = notice.DedupKey,
        UpdateOf = notice.UpdateOf,
        CreatedAt = now,
        DueAt = now,
    };
}
