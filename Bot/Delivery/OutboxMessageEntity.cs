namespace CaseBot.Bot.Delivery;

/// <summary>
/// A proactive message waiting to be sent (or sent): saved in the same database as the case change that caused it, then worked by
/// the delivery service. <see cref="DedupKey"/> makes enqueueing idempotent; a claim (<see cref="ClaimedBy"/> until
/// <see cref="ClaimedUntil"/>) lets several instances share the work, and an expired claim is picked up again.
/// </summary>
public sealed class OutboxMessageEntity
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    /// <summary>The case the message is about; null for messages about no case.</summary>
    public Guid? CaseId { get; set; }

    /// <summary>What the message is, e.g. agenda, roles, actions, record, reminder; used to find sent cards to update.</summary>
    public required string Kind { get; set; }

    /// <summary>The recipient's Entra object id (1:1 chat), or null when <see cref="ConversationId"/> names a group chat.</summary>
    public string? RecipientAadObjectId { get; set; }

    /// <summary>A group chat or channel conversation to post to instead of a 1:1 chat.</summary>
    public string? ConversationId { get; set; }

    /// <summary>The activity to send, as Bot Framework JSON.</summary>
    public required string ActivityJson { get; set; }

    /// <summary>When set, the activity replaces every message already sent for <see cref="CaseId"/> whose <see cref="Kind"/> is this value.</summary>
    public string? UpdateOf { get; set; }

    /// <summary>Unique: enqueueing the same message twice keeps one row.</summary>
    public required string DedupKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not sent before this time (retries back off by moving it).</summary>
    public DateTimeOffset DueAt { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>True when delivery gave up (e.g. the app is not installed for the recipient); the lead is told.</summary>
    public bool Failed { get; set; }

    /// <summary>A stable failure code, never message text.</summary>
    public string? FailureCode { get; set; }

    /// <summary>Where the message landed: the conversation and activity ids, so the card can be updated for everyone later.</summary>
    public string? SentConversationId { get; set; }

    public string? SentActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}
