using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;

namespace CaseBot.Dialogs.Planning;

/// <summary>The attendees gathered so far by the "anyone else?" loop.</summary>
public sealed record OthersState(MeetingType Type, IReadOnlyList<string> Taken, IReadOnlyList<Attendee> Added);
