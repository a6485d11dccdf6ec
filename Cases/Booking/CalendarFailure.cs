namespace CaseBot.Cases.Booking;

/// <summary>Why a calendar request failed, as far as the conversation needs to know.</summary>
public enum CalendarFailure
{
    /// <summary>Throttled, down or timed out after the client's own retries: try again later. Nothing was changed.</summary>
    Unavailable,

    /// <summary>The app is not allowed to use this mailbox (consent or mailbox scoping missing).</summary>
    NotPermitted,

    /// <summary>The event (or the organiser's mailbox) does not exist.</summary>
    NotFound,

    /// <summary>The calendar refused the request as invalid.</summary>
    Refused,
}
