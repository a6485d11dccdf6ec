using System.Text.Json;
using CaseBot.Cards.Status;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.Dialogs.Root;

/// <summary>
/// Reads the data a card button posts when no conversation is waiting for it, by the property names the payload records declare
/// (<see cref="CommandSubmit"/>, <see cref="CaseSearchSubmit"/>, <see cref="PromptSubmit"/>), so a rename cannot part writer and reader.
/// </summary>
internal static class CommandPayload
{
    /// <summary>The command a button posted, as if typed; the search card's reference follows it, as if typed after it.</summary>
    public static string? Text(JsonElement? data)
        => data is { ValueKind: JsonValueKind.Object } value && String(value, CommandSubmit.CommandProperty) is { } command
            ? String(value, CaseSearchSubmit.ReferenceProperty) is { } reference ? $"{command} {reference}" : command
            : null;

    /// <summary>True for an answer to a prompt's card: the card of a conversation that has ended since.</summary>
    public static bool IsPromptAnswer(JsonElement? data)
        => data is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(PromptSubmit.PromptIdProperty, out _);

    private static string? String(JsonElement value, string property)
        => value.TryGetProperty(property, out var found) && found.ValueKind == JsonValueKind.String ? found.GetString() : null;
}
