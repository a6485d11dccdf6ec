using CaseBot.Cases.Booking;

namespace CaseBot.Cases.Tests.Booking;

public sealed class WorkingHoursTests
{
    private readonly WorkingHours _sut = WorkingHours.ForUk([new DateOnly(2026, 12, 25)]);

    [Theory]
    [InlineData("2026-11-27", true)] // Friday
    [InlineData("2026-11-28", false)] // Saturday
    [InlineData("2026-11-29", false)] // Sunday
    [InlineData("2026-12-25", false)] // closed date
    public void IsWorkingDay_WeekdaysThatAreNotClosed(string date, bool working)
        => Assert.Equal(working, _sut.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(6, 1, 8)] // BST: 09:00 local is 08:00 UTC
    [InlineData(11, 23, 9)] // GMT
    public void HoursOf_UkDate_StartsAtNineLocalTime(int month, int day, int utcHour)
    {
        var sut = _sut.HoursOf(new DateOnly(2026, month, day));

        Assert.Equal(utcHour, sut.Start.UtcDateTime.Hour);
        Assert.Equal(TimeSpan.FromHours(8), sut.Duration);
    }

    [Fact]
    public void WorkingDaysFrom_Saturday_SkipsTheWeekendAndClosedDates()
        => Assert.Equal(
            [new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 22), new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 28)],
            _sut.WorkingDaysFrom(new DateOnly(2026, 12, 19), 5));

    [Fact]
    public void Constructor_EndNotAfterStart_IsRefused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new WorkingHours(TimeZoneInfo.Utc, new TimeOnly(17, 0), new TimeOnly(9, 0)));
}
