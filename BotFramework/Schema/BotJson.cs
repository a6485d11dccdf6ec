using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CaseBot.BotFramework.Schema;

/// <summary>The one set of JSON options for the protocol: camelCase, nulls omitted, unknown members kept. Created once and reused.</summary>
public static class BotJson
{
    /// <summary>Shared, read-only options (reusing one instance keeps System.Text.Json's metadata cache warm).</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serializes a value to a <see cref="JsonElement"/> with the protocol options.</summary>
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
