using System.Text.Json;
using System.Text.Json.Serialization;
using CaseBot.Cards.Model;

namespace CaseBot.Cards;

/// <summary>Card JSON: camelCase, nulls omitted, enums as the schema's camelCase strings. One cached options instance.</summary>
public static class CardSerializer
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonElement ToElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, Options);

    public static string ToJson(AdaptiveCard card, bool indented = false)
        => JsonSerializer.Serialize(card, indented ? new JsonSerializerOptions(Options) { WriteIndented = true } : Options);

    public static AdaptiveCard? FromJson(string json) => JsonSerializer.Deserialize<AdaptiveCard>(json, Options);

    /// <summary>Action data from any record or anonymous object, in the card's JSON style.</summary>
    public static JsonElement Data(object value) => JsonSerializer.SerializeToElement(value, value.GetType(), Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly();
        return options;
    }
}
