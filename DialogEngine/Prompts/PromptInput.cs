using System.Text.Json;
using System.Text.RegularExpressions;
using CaseBot.BotFramework.Schema;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// What the user answered with: typed text, card submit data (see <see cref="PromptSubmit"/>), or both (messageBack).
/// Read from a message, or from an <c>adaptiveCard/action</c> invoke (Action.Execute), whose <c>value.action.data</c> is the data.
/// </summary>
public sealed partial record PromptInput(string? Text, JsonElement? Data)
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    /// <summary>The submitting card's prompt id, if the data carries one.</summary>
    public string? PromptId => GetString(PromptSubmit.PromptIdProperty);

    /// <summary>An interruption command sent by a card button.</summary>
    public string? Command => GetString(PromptSubmit.CommandProperty);

    /// <summary>Null for activities that cannot answer a prompt (typing, conversation updates, other invokes).</summary>
    public static PromptInput? FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.Message)
        {
            var data = activity.Value is { ValueKind: JsonValueKind.Object } value ? value : (JsonElement?)null;
            var text = CleanText(activity.Text);
            return text is null && data is null ? null : new PromptInput(text, data);
        }

        if (activity.Type == ActivityTypes.Invoke && activity.Name == AdaptiveCardActionInvoke
            && activity.Value is { ValueKind: JsonValueKind.Object } invoke
            && invoke.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var actionData) && actionData.ValueKind == JsonValueKind.Object)
        {
            return new PromptInput(null, actionData);
        }

        return null;
    }

    /// <summary>True when the data has the property (exact name first, then ignoring case).</summary>
    public bool HasData(string property) => TryGetData(property, out _);

    /// <summary>A data property as text: strings as they are, numbers and booleans as written, arrays joined with commas.</summary>
    public string? GetString(string property)
    {
        if (!TryGetData(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            JsonValueKind.Array => string.Join(',', value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String
                ? e.GetString()
                : e.GetRawText())),
            _ => null,
        };
    }

    /// <summary>The data properties whose names start with <paramref name="prefix"/> (e.g. one toggle per option).</summary>
    public IEnumerable<(string Name, string? Value)> GetStringsWithPrefix(string prefix)
    {
        if (Data is not { ValueKind: JsonValueKind.Object } data)
        {
            yield break;
        }

        foreach (var property in data.EnumerateObject())
        {
            if (property.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                yield return (property.Name, GetString(property.Name));
            }
        }
    }

    private bool TryGetData(string property, out JsonElement value)
    {
        value = default;
        if (Data is not { ValueKind: JsonValueKind.Object } data)
        {
            return false;
        }

        if (data.TryGetProperty(property, out value))
        {
            return true;
        }

        foreach (var candidate in data.EnumerateObject())
        {
            if (string.Equals(candidate.Name, property, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate.Value;
                return true;
            }
        }

        return false;
    }

    private static string? CleanText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Teams puts "<at>Bot</at>" in front of messages in group chats and channels.
        var cleaned = MentionPattern().Replace(text, " ").Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MentionPattern();
}
