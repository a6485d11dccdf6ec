using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseBot.BotFramework.Schema;

/// <summary>A card or file attached to an activity.</summary>
public sealed class Attachment
{
    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    /// <summary>The content as JSON (an Adaptive Card for <see cref="AdaptiveCardContentType"/>).</summary>
    public JsonElement? Content { get; set; }

    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
