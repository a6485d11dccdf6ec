namespace CaseBot.Cases.Booking;

/// <summary>A proposed meeting time, from <paramref name="Start"/> (inclusive) to <paramref name="End"/> (exclusive).</summary>
public sealed record TimeSlot(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Duration => End - Start;

    /// <summary>True when the two share any instant (touching ends do not overlap).</summary>
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => start < End && Start < end;
}
