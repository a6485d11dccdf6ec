namespace CaseBot.BotFramework.Schema;

/// <summary>The id the Connector gives a sent or updated activity.</summary>
public sealed record ResourceResponse(string? Id);
