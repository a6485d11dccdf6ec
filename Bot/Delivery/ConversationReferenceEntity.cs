namespace CaseBot.Bot.Delivery;

/// <summary>
/// Where CaseBot can reach a person proactively: the reference of their 1:1 chat with the bot, saved whenever they message it or
/// install the app, so cards can be sent to them later.
/// </summary>
public sealed class ConversationReferenceEntity
{
    public required string TenantId { get; set; }

    public required string AadObjectId { get; set; }

    /// <summary>The <c>ConversationReference</c> as Bot Framework JSON.</summary>
    public required string ReferenceJson { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
