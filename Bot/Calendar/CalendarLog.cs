using CaseBot.Cases.Booking;

namespace CaseBot.Bot.Calendar;

/// <summary>The calendar's log lines: ids, counts and status codes only, never names, addresses or meeting text.</summary>
internal static partial class CalendarLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Booked meeting {TransactionId} as calendar event {EventId}")]
    public static partial void Booked(ILogger logger, string transactionId, string eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rescheduled calendar event {EventId}")]
    public static partial void Rescheduled(ILogger logger, string eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancelled calendar event {EventId}")]
    public static partial void Cancelled(ILogger logger, string eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Found {SlotCount} free slots for {AttendeeCount} attendees; {UnreadableCount} calendars could not be read")]
    public static partial void SlotsFound(ILogger logger, int slotCount, int attendeeCount, int unreadableCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendar {Operation} failed ({Failure}): HTTP {StatusCode}, error {ErrorCode}, {ExceptionType}")]
    public static partial void Failed(ILogger logger, string operation, CalendarFailure failure, int? statusCode, string? errorCode, string exceptionType);
}
