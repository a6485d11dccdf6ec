using CaseBot.Cases.Meetings;

namespace CaseBot.Dialogs.Planning;

/// <summary>Asks for one attendee in a role; <paramref name="Taken"/> holds the addresses already invited.</summary>
public sealed record AttendeeRequest(Role Role, bool Optional, IReadOnlyList<string> Taken, string? Question = null);

