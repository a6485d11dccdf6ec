using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Builder;

/// <summary>Small conveniences on <see cref="ITurnContext"/>.</summary>
public static class TurnContextExtensions
{
    /// <summary>Sends the synchronous answer to an invoke; the adapter returns it as the HTTP response (as the SDK does).</summary>
    public static Task<ResourceResponse> SendInvokeResponseAsync(this ITurnContext turnContext, InvokeResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(
            new Activity { Type = ActivityTypes.InvokeResponse, Value = BotJson.ToElement(response) }, cancellationToken);
    }

    /// <summary>Sends a message carrying one attachment (Teams splits text + card, so cards travel alone).</summary>
    public static Task<ResourceResponse> SendAttachmentAsync(this ITurnContext turnContext, Attachment attachment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(
            new Activity { Type = ActivityTypes.Message, Attachments = [attachment] }, cancellationToken);
    }
}
