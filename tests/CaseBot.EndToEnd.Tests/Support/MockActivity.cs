using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>
/// Messages from Playground users other than the page's own. The Playground's message API cannot send them: it accepts only members
/// of the chat (the personal chat has just user-id-0) and always sends as its current user, whatever <c>from.id</c> says. Its
/// custom-activity API (the page's "Mock an Activity") passes a raw activity to the bot unchanged, so this builds the activity Teams
/// would send, with the user's name and Entra object id from the Playground's own test config.
/// </summary>
internal static class MockActivity
{
    public static async Task SendMessageAsync(string playgroundUrl, string conversationId, string userId, string text)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var config = (await client.GetFromJsonAsync<JsonObject>(new Uri(playgroundUrl + "/_internal/v1/testConfig")))!["config"]!;
        var user = config["users"]!.AsArray().Append(config["currentUser"]).Single(u => (string?)u!["id"] == userId)!;
        var tenantId = (string?)config["tenantId"];
        var activity = new
        {
            type = "message",
            id = Guid.NewGuid().ToString(),
            channelId = "msteams",
            serviceUrl = playgroundUrl + "/_connector",
            from = new { id = userId, name = (string?)user["name"], aadObjectId = (string?)user["aadObjectId"] },
            recipient = new { id = (string?)config["bot"]!["id"], name = (string?)config["bot"]!["name"] },
            conversation = new { id = conversationId, conversationType = "personal", tenantId },
            channelData = new { tenant = new { id = tenantId } },
            text,
            textFormat = "plain",
        };
        using var response = await client.PostAsJsonAsync(new Uri(playgroundUrl + "/_internal/v1/customActivities"), activity);
        response.EnsureSuccessStatusCode();
    }
}
