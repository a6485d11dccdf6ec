using CaseBot.Cases.AdviceLine;

namespace CaseBot.Cases.Tests.AdviceLine;

public sealed class AdviceLineHoursTests
{
    private readonly AdviceLineHours _sut = AdviceLineHours.ForUk(new HashSet<DateOnly> { new(2026, 12, 25) });

    [Theory]
    [InlineData("2026-11-25T07:59:00Z", false)] // Wednesday, GMT
    [InlineData("2026-11-25T08:00:00Z", true)]
    [InlineData("2026-11-25T15:59:00Z", true)]
    [InlineData("2026-11-25T16:00:00Z", false)]
    [InlineData("2026-06-10T06:59:00Z", false)] // Wednesday, BST: 07:59 local
    [InlineData("2026-06-10T07:00:00Z", true)] // 08:00 local
    [InlineData("2026-06-10T14:59:00Z", true)] // 15:59 local
    [InlineData("2026-06-10T15:00:00Z", false)] // 16:00 local
    [InlineData("2026-11-28T10:00:00Z", false)] // Saturday
    [InlineData("2026-12-25T10:00:00Z", false)] // bank holiday (Friday)
    public void Status_AtInstant_IsOpenInUkOfficeHoursOnly(string instant, bool open)
        => Assert.Equal(open, _sut.Status(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)).IsOpen);

    [Fact]
    public void Status_FridayAfterFour_NextOpensMondayAtEight()
    {
        var friday = new DateTimeOffset(2026, 11, 27, 16, 30, 0, TimeSpan.Zero);

        var status = _sut.Status(friday);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), status.NextOpensAt);
        Assert.Contains("on Monday at 8am", _sut.Describe(status, friday), StringComparison.Ordinal);
    }

    [Fact]
    public void Status_ChristmasEveAfterClosing_SkipsTheBankHolidayAndWeekend()
    {
        var christmasEve = new DateTimeOffset(2026, 12, 24, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 12, 28, 8, 0, 0, TimeSpan.Zero), _sut.Status(christmasEve).NextOpensAt);
    }

    [Fact]
    public void Describe_BeforeOpeningOnAWeekday_SaysToday()
    {
        var early = new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);

        Assert.Contains("opens again today at 8am", _sut.Describe(_sut.Status(early), early), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_WhenOpen_SaysUntilFour()
    {
        var noon = new DateTimeOffset(2026, 6, 10, 11, 0, 0, TimeSpan.Zero);

        Assert.Equal("The OH advice line is open now until 4pm (UK time).", _sut.Describe(_sut.Status(noon), noon));
        Assert.Equal(new DateTimeOffset(2026, 6, 10, 16, 0, 0, TimeSpan.FromHours(1)), _sut.Status(noon).ClosesAt);
    }
}
