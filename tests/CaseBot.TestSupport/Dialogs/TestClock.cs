using Microsoft.Extensions.Time.Testing;

namespace CaseBot.TestSupport.Dialogs;

/// <summary>The reference time of the date tests: Wednesday 25 November 2026, 09:00 in London (GMT).</summary>
public static class TestClock
{
    public static DateTimeOffset Reference { get; } = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Reference);

    public static TimeZoneInfo London { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}
