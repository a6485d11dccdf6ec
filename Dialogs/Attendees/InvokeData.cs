using System.Text.Json;
using CaseBot.Cards;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Preparation;

namespace CaseBot.Dialogs.Attendees;

/// <summary>Reads a button's data (which Teams merges with the card's inputs); null when it is missing or not what the verb sends.</summary>
internal static class InvokeData
{
    public static CaseCardData? Case(JsonElement? data)
        => Read<CaseCardData>(data) is { } read && read.CaseId != Guid.Empty ? read : null;

    public static ActionTickData? Tick(JsonElement? data)
        => Read<ActionTickData>(data) is { } read && read.CaseId != Guid.Empty && read.ActionId != Guid.Empty ? read : null;

    /// <summary>A string input by id; null when absent or not text.</summary>
    public static PreparationReplyData? Reply(JsonElement? data)
        => Read<PreparationReplyData>(data) is { } read && read.CaseId != Guid.Empty && !string.IsNullOrWhiteSpace(read.RespondentAadObjectId) ? read : null;

    public static string? Text(JsonElement? data, string inputId)
        => data is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(inputId, out var input) && input.ValueKind == JsonValueKind.String
            ? input.GetString()
            : null;

    private static T? Read<T>(JsonElement? data)
        where T : class
    {
        if (data is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        try
        {
            return value.Deserialize<T>(CardSerializer.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
