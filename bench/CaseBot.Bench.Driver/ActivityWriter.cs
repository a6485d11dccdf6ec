using System.Buffers;
using System.Text.Json;

namespace CaseBot.Bench.Driver;

/// <summary>Writes the activities Teams would post to the bot: a typed message, or an Action.Execute invoke.</summary>
internal sealed class ActivityWriter(Uri serviceUrl)
{
    private readonly string _serviceUrl = serviceUrl.ToString();

    public byte[] Message(string conversationId, string activityId, int manager, string text)
        => Write(conversationId, activityId, manager, w =>
        {
            w.WriteString("type", "message");
            w.WriteString("text", text);
            w.WriteString("textFormat", "plain");
        });

    /// <summary>An <c>adaptiveCard/action</c> invoke: Action.Execute with <paramref name="verb"/> and <paramref name="data"/>.</summary>
    public byte[] Invoke(string conversationId, string activityId, int manager, string verb, IReadOnlyDictionary<string, string> data)
        => Write(conversationId, activityId, manager, w =>
        {
            w.WriteString("type", "invoke");
            w.WriteString("name", "adaptiveCard/action");
            w.WriteStartObject("value");
            w.WriteStartObject("action");
            w.WriteString("type", "Action.Execute");
            w.WriteString("verb", verb);
            w.WriteStartObject("data");
            foreach (var (key, value) in data)
            {
                w.WriteString(key, value);
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteString("trigger", "manual");
            w.WriteEndObject();
        });

    private byte[] Write(string conversationId, string activityId, int manager, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            body(w);
            w.WriteString("id", activityId);
            w.WriteString("timestamp", DateTimeOffset.UtcNow);
            w.WriteString("serviceUrl", _serviceUrl);
            w.WriteString("channelId", "msteams");
            w.WriteStartObject("from");
            w.WriteString("id", BenchIdentity.UserId(manager));
            w.WriteString("name", "Bench Manager");
            w.WriteString("aadObjectId", BenchIdentity.AadObjectId(manager));
            w.WriteEndObject();
            w.WriteStartObject("recipient");
            w.WriteString("id", BenchIdentity.BotId);
            w.WriteString("name", "CaseBot");
            w.WriteEndObject();
            w.WriteStartObject("conversation");
            w.WriteString("id", conversationId);
            w.WriteString("conversationType", "personal");
            w.WriteString("tenantId", BenchIdentity.TenantId);
            w.WriteEndObject();
            w.WriteStartObject("channelData");
            w.WriteStartObject("tenant");
            w.WriteString("id", BenchIdentity.TenantId);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteString("locale", "en-GB");
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
