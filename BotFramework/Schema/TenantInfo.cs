namespace CaseBot.BotFramework.Schema;

/// <summary>The tenant in Teams channel data.</summary>
public sealed record TenantInfo(string? Id);
