namespace CaseBot.BotFramework.Schema;

/// <summary>The team in Teams channel data.</summary>
public sealed record TeamInfo(string? Id, string? Name = null, string? AadGroupId = null);
