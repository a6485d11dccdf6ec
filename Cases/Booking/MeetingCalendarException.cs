namespace CaseBot.Cases.Booking;

/// <summary>A calendar request failed; <see cref="Failure"/> says how, and the message is plain and safe to show to the user.</summary>
public sealed class MeetingCalendarException : Exception
{
    public MeetingCalendarException()
        : this(CalendarFailure.Unavailable, BookingText.CalendarUnavailable, null)
    {
    }

    public MeetingCalendarException(string message)
        : this(CalendarFailure.Unavailable, message, null)
    {
    }

    public MeetingCalendarException(string message, Exception innerException)
        : this(CalendarFailure.Unavailable, message, innerException)
    {
    }

    public MeetingCalendarException(CalendarFailure failure, string message, Exception? innerException)
        : base(message, innerException) => Failure = failure;

    public CalendarFailure Failure { get; }

    /// <summary>The exception for <paramref name="failure"/> with its plain message from <see cref="BookingText"/>.</summary>
    public static MeetingCalendarException For(CalendarFailure failure, Exception? innerException = null) => new(failure, failure switch
    {
        CalendarFailure.NotPermitted => BookingText.CalendarNotPermitted,
        CalendarFailure.NotFound => BookingText.CalendarNotFound,
        CalendarFailure.Refused => BookingText.CalendarRefused,
        _ => BookingText.CalendarUnavailable,
    }, innerException);
}
