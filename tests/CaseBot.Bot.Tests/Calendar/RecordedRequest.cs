using System.Text.Json;

namespace CaseBot.Bot.Tests.Calendar;

/// <summary>One request as it left the Graph SDK's handler chain.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    public JsonElement Json => JsonDocument.Parse(Body ?? "null").RootElement;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
