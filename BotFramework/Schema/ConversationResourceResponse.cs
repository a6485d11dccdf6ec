namespace CaseBot.BotFramework.Schema;

/// <summary>The answer to "create conversation".</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
