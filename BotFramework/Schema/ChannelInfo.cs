namespace CaseBot.BotFramework.Schema;

/// <summary>The channel in Teams channel data.</summary>
public sealed record ChannelInfo(string? Id, string? Name = null);
