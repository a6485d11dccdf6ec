namespace CaseBot.Bot.Delivery;

/// <summary>Stable outcome and failure codes: stored in <see cref="OutboxMessageEntity.FailureCode"/> and logged, never message text.</summary>
internal static class DeliveryCodes
{
    public const string Sent = "sent";
    public const string Updated = "updated";
    public const string Deferred = "waiting-for-originals";
    public const string NotInstalled = "not-installed";
    public const string NotInChat = "not-in-chat";
    public const string RetriesExhausted = "retries-exhausted";
    public const string Throttled = "throttled";
    public const string ServerError = "server-error";
    public const string NoAnswer = "no-answer";
    public const string BadPayload = "bad-payload";
    public const string NoRecipient = "no-recipient";
    public const string NoCase = "no-case";
    public const string NoServiceUrl = "no-service-url";
    public const string NoBotAccount = "no-bot-account";
    public const string ServiceUrlNotAllowed = "service-url-not-allowed";

    /// <summary>The kind of the note that tells a case's lead a message could not be delivered.</summary>
    public const string NoteKind = "note";

    /// <summary>A refusal that retrying will not change, e.g. "rejected-400".</summary>
    public static string Rejected(int status) => "rejected-" + status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
