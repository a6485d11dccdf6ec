using Microsoft.AspNetCore.Http;

namespace CaseBot.BotFramework.Hosting;

/// <summary>Marks the endpoint <see cref="BotFrameworkServiceCollectionExtensions.MapBotMessages"/> maps, for middleware that runs before it.</summary>
public sealed class MessagingEndpointMetadata
{
    private MessagingEndpointMetadata()
    {
    }

    public static MessagingEndpointMetadata Instance { get; } = new();

    /// <summary>This request is for the messaging endpoint (routing has run).</summary>
    public static bool IsMessagingEndpoint(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.GetEndpoint()?.Metadata.GetMetadata<MessagingEndpointMetadata>() is not null;
    }
}
