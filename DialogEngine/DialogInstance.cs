using System.Text.Json;
using CaseBot.BotFramework.Schema;

namespace CaseBot.DialogEngine;

/// <summary>One dialog on the stack: its id, its own JSON state, and (for container dialogs) the stack it runs inside itself.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    public Dictionary<string, JsonElement> State { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The child stack of a <see cref="ComponentDialog"/>; null for other dialogs.</summary>
    public DialogState? Inner { get; set; }

    /// <summary>Reads a value the engine stored with <see cref="SetValue{T}"/> (step index, prompt token...); default when absent.</summary>
    internal T? GetValue<T>(string key)
        => State.TryGetValue(key, out var element) ? element.Deserialize<T>(BotJson.Options) : default;

    /// <summary>Stores a value as JSON (null removes it), so it survives the trip through storage.</summary>
    internal void SetValue<T>(string key, T value)
    {
        if (value is null)
        {
            State.Remove(key);
        }
        else
        {
            State[key] = BotJson.ToElement(value);
        }
    }
}
