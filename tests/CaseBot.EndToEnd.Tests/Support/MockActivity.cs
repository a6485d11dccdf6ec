using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>
/// Activities from Playground users other than the page's own. The Playground's message API cannot send them: it accepts only members
/// of the chat (the personal chat has just user-id-0) and always sends as its current user, whatever <c>from.id</c> says. Its
/// custom-activity API (the page's "Mock an Activity") passes a raw activity to the bot unchanged, so this builds the activity Teams
/// would send, with the user's name and Entra object id from the Playground's own test config. The API answers before the bot
/// has the activity, so a journey waits for the bot's reply, never for the call.
/// </summary>
internal static class MockActivity
{
    /// <summary>A message typed by <paramref name="userId"/>.</summary>
    public static Task SendMessageAsync(string playgroundUrl, string conversationId, string userId, string text)
        => SendAsync(playgroundUrl, conversationId, userId, (_, _) => new JsonObject { ["type"] = "message", ["text"] = text, ["textFormat"] = "plain" });

    /// <summary>
    /// What Teams sends when CaseBot is installed for <paramref name="userId"/> (by them, or by an admin's setup policy as a rollout
    /// does): a conversationUpdate adding them and the bot to their 1:1 chat. CaseBot keeps the chat's address and says hello.
    /// </summary>
    public static Task SendInstallationAsync(string playgroundUrl, string conversationId, string userId)
        => SendAsync(playgroundUrl, conversationId, userId, (user, config) => new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["membersAdded"] = new JsonArray(
                new JsonObject { ["id"] = userId, ["aadObjectId"] = (string?)user["aadObjectId"] },
                new JsonObject { ["id"] = (string?)config["bot"]!["id"] }),
        });

    private static async Task SendAsync(string playgroundUrl, string conversationId, string userId, Func<JsonNode, JsonNode, JsonObject> specific)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var config = (await client.GetFromJsonAsync<JsonObject>(new Uri(playgroundUrl + "/_internal/v1/testConfig")))!["config"]!;
        var user = config["users"]!.AsArray().Append(config["currentUser"]).Single(u => (string?)u!["id"] == userId)!;
        var tenantId = (string?)config["tenantId"];
        var activity = specific(user, config);
        activity["id"] = Guid.NewGuid().ToString();
        activity["channelId"] = "msteams";
        activity["serviceUrl"] = playgroundUrl + "/_connector";
        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = (string?)user["name"], ["aadObjectId"] = (string?)user["aadObjectId"] };
        activity["recipient"] = new JsonObject { ["id"] = (string?)config["bot"]!["id"], ["name"] = (string?)config["bot"]!["name"] };
        activity["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = tenantId };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        using var response = await client.PostAsJsonAsync(new Uri(playgroundUrl + "/_internal/v1/customActivities"), activity);
        response.EnsureSuccessStatusCode();
    }
}
