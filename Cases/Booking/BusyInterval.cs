namespace CaseBot.Cases.Booking;

/// <summary>A time someone's calendar shows them as unavailable (busy, tentative or away), from <paramref name="Start"/> to <paramref name="End"/>.</summary>
public sealed record BusyInterval(DateTimeOffset Start, DateTimeOffset End);
