using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using Microsoft.Extensions.Caching.Memory;
using IMiddleware = CaseBot.BotFramework.Builder.IMiddleware;

namespace CaseBot.Bot.Delivery;

/// <summary>
/// Remembers how to reach each person who talks to CaseBot in a 1:1 chat (or installs it there), so cards can be sent to them later;
/// forgets it when they remove the app. A bounded in-memory note of what was last written per person skips the database write on
/// ordinary turns when nothing changed; install and uninstall events always write. A failure here never fails the turn.
/// </summary>
internal sealed partial class ConversationReferenceMiddleware(
    IConversationReferenceStore store, TimeProvider timeProvider, ILogger<ConversationReferenceMiddleware> logger) : IMiddleware, IDisposable
{
    private const int MaxRemembered = 10_000;
    private static readonly TimeSpan RememberFor = TimeSpan.FromHours(1);
    private readonly MemoryCache _written = new(new MemoryCacheOptions { SizeLimit = MaxRemembered });

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        await CaptureAsync(turnContext.Activity, cancellationToken);
        await next(cancellationToken);
    }

    public void Dispose() => _written.Dispose();

    private async Task CaptureAsync(Activity activity, CancellationToken cancellationToken)
    {
        // Proactive turns (event activities) are made up by the bot itself, not sent by the person.
        if (activity.Type == ActivityTypes.Event || StoredReferences.From(activity) is not { } captured)
        {
            return;
        }

        var (tenantId, aadObjectId, reference) = captured;
        var key = tenantId + "/" + aadObjectId;
        try
        {
            if (IsRemoval(activity))
            {
                _written.Remove(key);
                await store.DeleteAsync(tenantId, aadObjectId, cancellationToken);
                return;
            }

            var json = StoredReferences.ToJson(reference);
            var lifecycle = activity.Type is ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate;
            if (!lifecycle && _written.TryGetValue(key, out string? last) && string.Equals(last, json, StringComparison.Ordinal))
            {
                return;
            }

            await store.SaveAsync(tenantId, aadObjectId, json, timeProvider.GetUtcNow(), cancellationToken);
            _written.Set(key, json, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = RememberFor });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotSaved(logger, ex, activity.Type);
        }
    }

    private static bool IsRemoval(Activity activity)
        => (activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true)
            || (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersRemoved?.Exists(m => m.Id == activity.Recipient?.Id) == true);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation reference not saved on a {ActivityType} activity; the next turn tries again")]
    private static partial void LogNotSaved(ILogger logger, Exception exception, string? activityType);
}
