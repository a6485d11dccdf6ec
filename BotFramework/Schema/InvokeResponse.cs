using System.Text.Json;

namespace CaseBot.BotFramework.Schema;

/// <summary>The synchronous answer to an invoke activity: HTTP status and JSON body.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
