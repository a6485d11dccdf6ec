namespace CaseBot.Bot.Delivery;

/// <summary>A message cannot be addressed at all (no Connector address or bot account known for the tenant); carries a delivery code.</summary>
internal sealed class NotDeliverableException : Exception
{
    public NotDeliverableException()
    {
    }

    public NotDeliverableException(string code)
        : base($"The message cannot be delivered ({code}).") => Code = code;

    public NotDeliverableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string Code { get; } = DeliveryCodes.NoRecipient;
}
