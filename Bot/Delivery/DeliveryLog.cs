namespace CaseBot.Bot.Delivery;

/// <summary>The delivery service's log lines: message ids, kinds and outcome codes only, never payloads, names or text.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} ({Kind}): {Outcome} after {Attempts} tries")]
    public static partial void Delivered(ILogger logger, Guid messageId, string kind, string outcome, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Kind}): {Outcome}, try {Attempts} of {MaxAttempts}; next try in {Delay}")]
    public static partial void WillRetry(ILogger logger, Guid messageId, string kind, string outcome, int attempts, int maxAttempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Kind}) failed: {Outcome} after {Attempts} tries; lead told: {LeadTold}")]
    public static partial void Failed(ILogger logger, Guid messageId, string kind, string outcome, int attempts, bool leadTold);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox message {MessageId} ({Kind}): {Outcome}, due again at {DueAt}")]
    public static partial void Deferred(ILogger logger, Guid messageId, string kind, string outcome, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Kind}) could not be recorded; its claim lapses and it is tried again")]
    public static partial void NotRecorded(ILogger logger, Exception exception, Guid messageId, string kind);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox claim {Claim}: {Count} messages")]
    public static partial void Claimed(ILogger logger, string claim, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox round failed; trying again after the poll interval")]
    public static partial void RoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox delivery is off in this instance (Delivery:Enabled=false)")]
    public static partial void Disabled(ILogger logger);
}
