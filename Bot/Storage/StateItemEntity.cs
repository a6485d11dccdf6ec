namespace CaseBot.Bot.Storage;

/// <summary>A row of bot state (conversation state, user state, redelivery claims): one JSON document per key.</summary>
public sealed class StateItemEntity
{
    public required string Key { get; set; }

    public required string Json { get; set; }

    public required string ETag { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
