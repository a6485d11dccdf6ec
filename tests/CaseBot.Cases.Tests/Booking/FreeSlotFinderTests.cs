using System.Globalization;
using CaseBot.Cases.Booking;

namespace CaseBot.Cases.Tests.Booking;

public sealed class FreeSlotFinderTests
{
    // 2026 UK: BST from Sunday 29 March to Sunday 25 October. 1 June and 23 November are Mondays; 31 August is a bank holiday.
    private static readonly WorkingHours Hours = WorkingHours.ForUk([new DateOnly(2026, 8, 31)]);

    private static readonly Dictionary<string, IReadOnlyList<BusyInterval>> NobodyBusy = new() { ["a@example.org"] = [], ["b@example.org"] = [] };

    public static TheoryData<string, int, string, string> FreeWeeks => new()
    {
        // from, minutes, first slot, third slot
        { "2026-06-01T08:00:00+01:00", 60, "2026-06-01T09:00:00+01:00", "2026-06-01T10:00:00+01:00" }, // BST Monday, before work
        { "2026-11-23T08:00:00+00:00", 60, "2026-11-23T09:00:00+00:00", "2026-11-23T10:00:00+00:00" }, // GMT Monday
        { "2026-06-01T09:07:00+00:00", 60, "2026-06-01T10:30:00+01:00", "2026-06-01T11:30:00+01:00" }, // 10:07 BST given in UTC: rounded up
        { "2026-06-01T10:30:00+01:00", 60, "2026-06-01T10:30:00+01:00", "2026-06-01T11:30:00+01:00" }, // on the step: that instant
        { "2026-06-05T15:30:00+01:00", 60, "2026-06-05T15:30:00+01:00", "2026-06-08T09:00:00+01:00" }, // Friday, last slot ends 17:00, then Monday
        { "2026-06-05T16:30:00+01:00", 60, "2026-06-08T09:00:00+01:00", "2026-06-08T10:00:00+01:00" }, // Friday too late: weekend skipped
        { "2026-06-06T12:00:00+01:00", 30, "2026-06-08T09:00:00+01:00", "2026-06-08T10:00:00+01:00" }, // Saturday
        { "2026-08-28T17:00:00+01:00", 60, "2026-09-01T09:00:00+01:00", "2026-09-01T10:00:00+01:00" }, // bank holiday Monday skipped
        { "2026-10-23T17:30:00+01:00", 60, "2026-10-26T09:00:00+00:00", "2026-10-26T10:00:00+00:00" }, // into GMT over the weekend
        { "2026-03-27T18:00:00+00:00", 90, "2026-03-30T09:00:00+01:00", "2026-03-30T10:00:00+01:00" }, // into BST over the weekend
        { "2026-06-01T15:30:00+01:00", 120, "2026-06-02T09:00:00+01:00", "2026-06-02T10:00:00+01:00" }, // too long for the rest of today
    };

    public static TheoryData<string, string, string> BusyTimes => new()
    {
        // one attendee busy from, to; first free 1-hour slot from Monday 09:00 BST
        { "2026-06-01T09:00:00+01:00", "2026-06-01T10:00:00+01:00", "2026-06-01T10:00:00+01:00" }, // touching ends do not clash
        { "2026-06-01T09:45:00+01:00", "2026-06-01T10:15:00+01:00", "2026-06-01T10:30:00+01:00" }, // partial overlap blocks both slots
        { "2026-06-01T07:00:00+00:00", "2026-06-01T12:00:00+00:00", "2026-06-01T13:00:00+01:00" }, // given in UTC
        { "2026-06-01T00:00:00+01:00", "2026-06-02T00:00:00+01:00", "2026-06-02T09:00:00+01:00" }, // all day
    };

    [Theory]
    [MemberData(nameof(FreeWeeks))]
    public void Find_NobodyBusy_GivesStepAlignedSlotsInUkWorkingHours(string from, int minutes, string first, string third)
    {
        var sut = FreeSlotFinder.Find(NobodyBusy, TimeSpan.FromMinutes(minutes), Parse(from), Hours, maxSlots: 6);

        Assert.Equal(6, sut.Count);
        Assert.Equal(Parse(first), sut[0].Start);
        Assert.Equal(Parse(third), sut[2].Start);
        Assert.All(sut, slot => Assert.Equal(TimeSpan.FromMinutes(minutes), slot.Duration));
    }

    [Theory]
    [MemberData(nameof(BusyTimes))]
    public void Find_OneAttendeeBusy_BlocksEveryoneThen(string busyFrom, string busyTo, string firstFree)
    {
        var busy = new Dictionary<string, IReadOnlyList<BusyInterval>>(NobodyBusy) { ["b@example.org"] = [new(Parse(busyFrom), Parse(busyTo))] };

        var sut = FreeSlotFinder.Find(busy, TimeSpan.FromHours(1), Parse("2026-06-01T08:00:00+01:00"), Hours);

        Assert.Equal(Parse(firstFree), sut[0].Start);
        Assert.DoesNotContain(sut, slot => slot.Overlaps(Parse(busyFrom), Parse(busyTo)));
    }

    [Fact]
    public void Find_BstWeek_SlotsKeepTheBstOffsetAndStayInHours()
    {
        var sut = FreeSlotFinder.Find(NobodyBusy, TimeSpan.FromHours(1), Parse("2026-06-01T08:00:00+01:00"), Hours, maxSlots: 100);

        Assert.Equal(5 * 15, sut.Count); // 09:00 to 16:00 every half hour, five days
        Assert.All(sut, slot => Assert.Equal(TimeSpan.FromHours(1), slot.Start.Offset));
        Assert.All(sut, slot => Assert.InRange(slot.Start.Hour, 9, 16));
        Assert.All(sut, slot => Assert.InRange(slot.End.TimeOfDay, TimeSpan.FromHours(10), TimeSpan.FromHours(17)));
        Assert.Equal(Parse("2026-06-05T16:00:00+01:00"), sut[^1].Start);
    }

    [Fact]
    public void Find_EveryoneBusyAllWeek_GivesNoSlots()
    {
        var busy = new Dictionary<string, IReadOnlyList<BusyInterval>> { ["a@example.org"] = [new(Parse("2026-06-01T00:00:00+01:00"), Parse("2026-06-06T00:00:00+01:00"))] };

        Assert.Empty(FreeSlotFinder.Find(busy, TimeSpan.FromHours(1), Parse("2026-06-01T08:00:00+01:00"), Hours));
    }

    [Fact]
    public void Find_MoreWorkingDays_LooksFurtherAhead()
    {
        var busy = new Dictionary<string, IReadOnlyList<BusyInterval>> { ["a@example.org"] = [new(Parse("2026-06-01T00:00:00+01:00"), Parse("2026-06-06T00:00:00+01:00"))] };

        var sut = FreeSlotFinder.Find(busy, TimeSpan.FromHours(1), Parse("2026-06-01T08:00:00+01:00"), Hours, workingDays: 6);

        Assert.Equal(Parse("2026-06-08T09:00:00+01:00"), sut[0].Start);
    }

    [Fact]
    public void Find_HourStep_AlignsOnTheHour()
    {
        var sut = FreeSlotFinder.Find(NobodyBusy, TimeSpan.FromMinutes(30), Parse("2026-06-01T09:10:00+01:00"), Hours, step: TimeSpan.FromHours(1), maxSlots: 2);

        Assert.Equal([Parse("2026-06-01T10:00:00+01:00"), Parse("2026-06-01T11:00:00+01:00")], sut.Select(s => s.Start));
    }

    [Fact]
    public void Find_DefaultMax_GivesSixSlots()
        => Assert.Equal(FreeSlotFinder.DefaultMaxSlots, FreeSlotFinder.Find(NobodyBusy, TimeSpan.FromHours(1), Parse("2026-06-01T08:00:00+01:00"), Hours).Count);

    [Theory]
    [InlineData("2026-06-01T10:00:00+01:00", "2026-06-05T17:00:00+01:00")] // Monday: to Friday's close
    [InlineData("2026-06-05T18:00:00+01:00", "2026-06-12T17:00:00+01:00")] // Friday evening: the next five working days
    [InlineData("2026-10-22T10:00:00+01:00", "2026-10-28T17:00:00+00:00")] // across the change to GMT
    public void SearchWindow_FiveWorkingDays_EndsAtTheLastDaysClose(string from, string end)
    {
        var sut = FreeSlotFinder.SearchWindow(Parse(from), Hours);

        Assert.Equal(new TimeSlot(Parse(from), Parse(end)), sut);
    }

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
