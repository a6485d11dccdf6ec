using CaseBot.Cases.Booking;

namespace CaseBot.Dialogs.Planning;

/// <summary>How a booking, reschedule or cancellation went: the meeting and the .ics file on success, or a plain message why not.</summary>
public sealed record BookingOutcome(CaseMeeting? Meeting, byte[]? IcsFile, string? Problem)
{
    public bool Succeeded => Problem is null;

    public static BookingOutcome Failed(string problem) => new(null, null, problem);
}
