namespace CaseBot.BotFramework.Schema;

/// <summary>One page of a conversation's members.</summary>
public sealed record PagedMembersResult(string? ContinuationToken, IReadOnlyList<TeamsChannelAccount> Members);
