namespace CaseBot.Bot.Delivery;

/// <summary>What became of one try to deliver an outbox message.</summary>
internal enum DeliveryStatus
{
    /// <summary>Posted, or every earlier card updated.</summary>
    Sent,

    /// <summary>Throttled or a transient failure: try again later.</summary>
    Retry,

    /// <summary>The recipient cannot be reached (app not installed, bot not in the chat): give up and tell the case's lead.</summary>
    Unreachable,

    /// <summary>Refused for good: give up.</summary>
    Failed,

    /// <summary>An update whose originals are not out yet: try again once they are, without counting a try.</summary>
    Deferred,
}
