using CaseBot.Cases.Booking;

namespace CaseBot.Casework.Meetings;

/// <summary>
/// How a booking, reschedule or cancellation went: the meeting and the .ics file on success, or a plain message why not
/// (<see cref="CaseChanged"/> when the case moved on meanwhile and nothing was saved).
/// </summary>
public sealed record BookingOutcome(CaseMeeting? Meeting, byte[]? IcsFile, string? Problem, bool CaseChanged = false)
{
    public bool Succeeded => Problem is null;

    public static BookingOutcome Failed(string problem) => new(null, null, problem);

    public static BookingOutcome Changed() => new(null, null, BookingText.ChangedMeanwhile, CaseChanged: true);
}
