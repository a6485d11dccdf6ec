using System.Globalization;
using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Hosting;

/// <summary>
/// Channels redeliver an activity when our answer was slow or lost. The first delivery claims the activity id in storage with
/// a create-only write; the claim is marked done in the same write as the turn's state, so a later delivery that finds a done
/// claim is dropped and each activity is processed once, also across instances sharing the database. A delivery that finds the
/// claim still in progress waits: it is dropped when the claim is done, and takes the turn over when the claim's lease runs out
/// (the instance holding it died mid-turn, e.g. kill -9, before committing anything). A turn that fails releases its claim, so
/// a redelivery after an error is processed.
/// </summary>
public sealed partial class RedeliveryDeduplicationMiddleware(
    IStorage storage, TimeProvider timeProvider, ILogger<RedeliveryDeduplicationMiddleware> logger, IOptions<RedeliveryOptions>? options = null)
    : IMiddleware
{
    /// <summary>Storage keys of claims start with this; a host may delete old claims (a channel retries within minutes).</summary>
    public const string KeyPrefix = "dedup/";

    private readonly RedeliveryOptions _options = options?.Value ?? new RedeliveryOptions();

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.Id) || activity.Conversation?.Id is null || activity.Type == ActivityTypes.Event)
        {
            await next(cancellationToken);
            return;
        }

        var key = $"{KeyPrefix}{activity.ChannelId}/{activity.Conversation.Id}/{activity.Id}";
        var seenAt = timeProvider.GetUtcNow();
        if (!await ClaimAsync(key, seenAt, cancellationToken))
        {
            LogDuplicate(logger, activity.Type);
            if (activity.Type == ActivityTypes.Invoke)
            {
                // The first delivery already answered; this one must not act again.
                await turnContext.SendInvokeResponseAsync(new InvokeResponse(200), cancellationToken);
            }

            return;
        }

        // "Done" goes into the turn's own state write: a crash before it leaves the claim in progress (taken over later), never done.
        var done = new PendingStateWrites();
        done.Add(key, new StoreItem(Claim(seenAt, done: true), StoreItem.AnyETag));
        turnContext.TurnState.Set(done);
        try
        {
            await next(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The turn failed, so nothing was done for this activity: release the claim so the channel's retry is processed.
            await storage.DeleteAsync([key], CancellationToken.None);
            throw;
        }

        if (!done.Committed)
        {
            // The turn changed no state (or wrote none through BotState): record the claim as done on its own.
            await storage.WriteAsync(done.Items, CancellationToken.None);
        }
    }

    /// <summary>True when this delivery holds the claim and runs the turn; false when it is a duplicate to drop.</summary>
    private async Task<bool> ClaimAsync(string key, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await storage.WriteAsync(
                    new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [key] = new StoreItem(Claim(seenAt, done: false), ETag: null) }, cancellationToken);
                return true;
            }
            catch (StorageConflictException)
            {
                // Claimed already; see below.
            }

            while (true)
            {
                var found = await storage.ReadAsync([key], cancellationToken);
                if (!found.TryGetValue(key, out var existing))
                {
                    break; // released by a failed turn: claim it afresh
                }

                var (claimedAt, isDone) = Parse(existing.Json);
                if (isDone)
                {
                    return false;
                }

                var now = timeProvider.GetUtcNow();
                if (now - claimedAt >= _options.ClaimLease)
                {
                    try
                    {
                        // The holder died mid-turn; take the claim over (only one redelivery can, by ETag).
                        await storage.WriteAsync(
                            new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [key] = new StoreItem(Claim(seenAt, done: false), existing.ETag) },
                            cancellationToken);
                        LogTakenOver(logger);
                        return true;
                    }
                    catch (StorageConflictException)
                    {
                        continue;
                    }
                }

                await Task.Delay(_options.ClaimPollInterval, timeProvider, cancellationToken);
            }
        }
    }

    private static string Claim(DateTimeOffset seenAt, bool done)
        => $"{{\"seenAt\":\"{seenAt.ToString("O", CultureInfo.InvariantCulture)}\",\"done\":{(done ? "true" : "false")}}}";

    // Claims written before "done" existed carry only seenAt: their turns are long over, so they count as done.
    private static (DateTimeOffset SeenAt, bool Done) Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var seenAt = root.TryGetProperty("seenAt", out var at) && at.TryGetDateTimeOffset(out var value) ? value : DateTimeOffset.MinValue;
        var done = !root.TryGetProperty("done", out var flag) || flag.ValueKind != JsonValueKind.False;
        return (seenAt, done);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redelivered {ActivityType} activity ignored")]
    private static partial void LogDuplicate(ILogger logger, string? activityType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redelivered activity taken over from a claim whose lease ran out")]
    private static partial void LogTakenOver(ILogger logger);
}
