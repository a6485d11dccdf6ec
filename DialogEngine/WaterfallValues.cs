using System.Text.Json;
using CaseBot.BotFramework.Schema;

namespace CaseBot.DialogEngine;

/// <summary>
/// The values a waterfall collects across its steps, kept as JSON directly in the waterfall's <see cref="DialogInstance"/>
/// (under a key prefix), so they are stored with the stack after every turn and nothing needs flushing.
/// </summary>
public sealed class WaterfallValues
{
    private const string Prefix = "values.";
    private readonly Dictionary<string, JsonElement> _state;

    internal WaterfallValues(DialogInstance instance)
    {
        _state = instance.State;
    }

    public JsonElement this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No value '{key}' has been set.");
        set => _state[Prefix + key] = value;
    }

    public IEnumerable<string> Keys
        => _state.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)).Select(k => k[Prefix.Length..]);

    public bool ContainsKey(string key) => _state.ContainsKey(Prefix + key);

    public bool TryGetValue(string key, out JsonElement value) => _state.TryGetValue(Prefix + key, out value);

    /// <summary>The value as <typeparamref name="T"/>; default when it was never set.</summary>
    public T? Get<T>(string key) => TryGetValue(key, out var value) ? value.Deserialize<T>(BotJson.Options) : default;

    /// <summary>Stores the value as JSON; null removes it.</summary>
    public void Set<T>(string key, T value)
    {
        if (value is null)
        {
            Remove(key);
        }
        else
        {
            this[key] = BotJson.ToElement(value);
        }
    }

    public bool Remove(string key) => _state.Remove(Prefix + key);
}
