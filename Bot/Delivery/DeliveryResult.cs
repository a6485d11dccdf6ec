namespace CaseBot.Bot.Delivery;

/// <summary>The outcome of one try, with a stable <paramref name="Code"/> and what the next step needs.</summary>
internal sealed record DeliveryResult(DeliveryStatus Status, string Code, SentMessage? Sent = null, TimeSpan? RetryAfter = null, DateTimeOffset? NotBefore = null)
{
    public static DeliveryResult Delivered(SentMessage sent, string code = DeliveryCodes.Sent) => new(DeliveryStatus.Sent, code, sent);

    public static DeliveryResult Retry(string code, TimeSpan? retryAfter) => new(DeliveryStatus.Retry, code, RetryAfter: retryAfter);

    public static DeliveryResult Unreachable(string code) => new(DeliveryStatus.Unreachable, code);

    public static DeliveryResult Failed(string code) => new(DeliveryStatus.Failed, code);

    public static DeliveryResult Deferred(DateTimeOffset notBefore) => new(DeliveryStatus.Deferred, DeliveryCodes.Deferred, NotBefore: notBefore);
}
