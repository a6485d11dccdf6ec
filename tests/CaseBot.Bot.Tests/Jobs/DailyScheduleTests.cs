using CaseBot.Bot.Jobs;
using CaseBot.Cases.AdviceLine;

namespace CaseBot.Bot.Tests.Jobs;

/// <summary>When a daily job's run is due, in UK time, on every day or working days only.</summary>
public sealed class DailyScheduleTests
{
    private static readonly AdviceLineHours Calendar = AdviceLineHours.ForUk([new DateOnly(2026, 12, 25)]);
    private static readonly DailySchedule WorkingDays = new(new TimeOnly(7, 0), WorkingDaysOnly: true);
    private static readonly DailySchedule EveryDay = new(new TimeOnly(7, 0), WorkingDaysOnly: false);

    [Fact]
    public void DueDay_BeforeRunAt_IsNull()
    {
        var sut = WorkingDays;

        var day = sut.DueDay(new DateTimeOffset(2026, 11, 25, 6, 59, 59, TimeSpan.Zero), Calendar);

        Assert.Null(day);
    }

    [Fact]
    public void DueDay_AtRunAt_IsThatDay()
    {
        var sut = WorkingDays;

        var day = sut.DueDay(new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.Zero), Calendar);

        Assert.Equal(new DateOnly(2026, 11, 25), day);
    }

    [Fact]
    public void DueDay_InSummer_CountsRunAtInBritishSummerTime()
    {
        var sut = WorkingDays;

        // 06:30 UTC is 07:30 BST, 05:59 UTC is 06:59 BST.
        var (after, before) = (sut.DueDay(new DateTimeOffset(2026, 7, 1, 6, 30, 0, TimeSpan.Zero), Calendar), sut.DueDay(new DateTimeOffset(2026, 7, 1, 5, 59, 0, TimeSpan.Zero), Calendar));

        Assert.Equal((new DateOnly(2026, 7, 1), (DateOnly?)null), (after, before));
    }

    [Theory]
    [InlineData(2026, 11, 28)]
    [InlineData(2026, 11, 29)]
    [InlineData(2026, 12, 25)]
    public void DueDay_WorkingDaysOnlyOnAWeekendOrClosedDate_IsNull(int year, int month, int dayOfMonth)
    {
        var sut = WorkingDays;

        var day = sut.DueDay(new DateTimeOffset(year, month, dayOfMonth, 9, 0, 0, TimeSpan.Zero), Calendar);

        Assert.Null(day);
    }

    [Fact]
    public void DueDay_EveryDayOnASunday_IsThatDay()
    {
        var sut = EveryDay;

        var day = sut.DueDay(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero), Calendar);

        Assert.Equal(new DateOnly(2026, 11, 29), day);
    }
}
