using System.Text.Json;
using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Builder;

/// <summary>
/// The body of the answer to an Action.Execute: a card that replaces the clicked one, a message shown to the user, or an error
/// (Universal Action Model contract).
/// </summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonElement? Value)
{
    public const string CardType = Attachment.AdaptiveCardContentType;
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static AdaptiveCardInvokeResponse Card(JsonElement card) => new(200, CardType, card);

    public static AdaptiveCardInvokeResponse Message(string text) => new(200, MessageType, BotJson.ToElement(text));

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message)
        => new(statusCode, ErrorType, BotJson.ToElement(new InvokeError(code, message)));

    /// <summary>The HTTP answer: always 200 when bot code ran, except malformed requests (botbuilder answers those with 400).</summary>
    public InvokeResponse ToInvokeResponse(int httpStatus = 200) => new(httpStatus, BotJson.ToElement(this));

    private sealed record InvokeError(string Code, string Message);
}
