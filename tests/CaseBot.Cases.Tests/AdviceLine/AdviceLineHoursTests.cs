using System.Globalization;
using CaseBot.Cases.AdviceLine;

namespace CaseBot.Cases.Tests.AdviceLine;

public sealed class AdviceLineHoursTests
{
    // 2026 UK: BST from Sunday 29 March to Sunday 25 October. Christmas Day is Friday 25 Dec; Boxing Day's substitute is Monday 28 Dec.
    private static readonly DateOnly[] BankHolidays = [new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 28)];

    private readonly AdviceLineHours _sut = AdviceLineHours.ForUk(BankHolidays);

    public static TheoryData<string, bool> Instants => new()
    {
        { "2026-11-25T07:59:00+00:00", false }, // Wednesday, GMT
        { "2026-11-25T08:00:00+00:00", true },
        { "2026-11-25T15:59:00+00:00", true },
        { "2026-11-25T16:00:00+00:00", false },
        { "2026-06-10T07:59:00+01:00", false }, // Wednesday, BST
        { "2026-06-10T08:00:00+01:00", true },
        { "2026-06-10T15:59:00+01:00", true },
        { "2026-06-10T16:00:00+01:00", false },
        { "2026-06-10T07:30:00+00:00", true }, // 08:30 BST, given in UTC
        { "2026-06-10T15:30:00+00:00", false }, // 16:30 BST, given in UTC
        { "2026-11-28T10:00:00+00:00", false }, // Saturday
        { "2026-11-29T10:00:00+00:00", false }, // Sunday
        { "2026-12-25T10:00:00+00:00", false }, // Christmas Day, a Friday
        { "2026-08-31T10:00:00+01:00", false }, // summer bank holiday
    };

    public static TheoryData<string, string, string> NextOpenings => new()
    {
        // instant, next opening, described
        { "2026-11-27T16:30:00+00:00", "2026-11-30T08:00:00+00:00", "on Monday" }, // Friday after 4pm
        { "2026-11-27T16:00:00+00:00", "2026-11-30T08:00:00+00:00", "on Monday" }, // Friday at 4pm exactly
        { "2026-11-28T09:00:00+00:00", "2026-11-30T08:00:00+00:00", "on Monday" }, // Saturday
        { "2026-11-25T07:00:00+00:00", "2026-11-25T08:00:00+00:00", "today" }, // before opening
        { "2026-11-25T16:01:00+00:00", "2026-11-26T08:00:00+00:00", "tomorrow" }, // after closing
        { "2026-08-28T17:00:00+01:00", "2026-09-01T08:00:00+01:00", "on Tuesday" }, // bank holiday Monday skipped
        { "2026-12-24T17:00:00+00:00", "2026-12-29T08:00:00+00:00", "on Tuesday" }, // Christmas and Boxing Day substitute skipped
        { "2026-03-27T17:00:00+00:00", "2026-03-30T08:00:00+01:00", "on Monday" }, // into BST over the weekend
        { "2026-10-23T17:00:00+01:00", "2026-10-26T08:00:00+00:00", "on Monday" }, // back to GMT over the weekend
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void IsOpen_AtInstant_OnlyInUkWeekdayHours(string instant, bool open)
    {
        Assert.Equal(open, _sut.IsOpen(Parse(instant)));
        Assert.Equal(open, _sut.Status(Parse(instant)).IsOpen);
    }

    [Theory]
    [MemberData(nameof(NextOpenings))]
    public void Status_WhenClosed_GivesTheNextEightAmOnAWorkingDay(string instant, string nextOpening, string day)
    {
        var sut = _sut.Status(Parse(instant));

        Assert.False(sut.IsOpen);
        Assert.Null(sut.ClosesAt);
        Assert.Equal(Parse(nextOpening), sut.NextOpensAt);
        Assert.Equal(Parse(nextOpening).Offset, sut.NextOpensAt!.Value.Offset);
        Assert.Equal($"The OH advice line is closed now; it opens again {day} at 8am (UK time).", _sut.Describe(sut));
    }

    [Theory]
    [InlineData("2026-06-10T11:00:00+00:00", "2026-06-10T16:00:00+01:00")]
    [InlineData("2026-11-25T08:00:00+00:00", "2026-11-25T16:00:00+00:00")]
    public void Status_WhenOpen_ClosesAtFourPmUkTime(string instant, string closes)
    {
        var sut = _sut.Status(Parse(instant));

        Assert.Equal(Parse(closes), sut.ClosesAt);
        Assert.Null(sut.NextOpensAt);
        Assert.Equal("The OH advice line is open now until 4pm (UK time).", _sut.Describe(sut));
    }

    [Fact]
    public void NextOpening_WhenOpen_IsNow()
    {
        var noon = Parse("2026-11-25T12:00:00+00:00");

        Assert.Equal(noon, _sut.NextOpening(noon));
    }

    [Fact]
    public void NextOpening_FridayEvening_IsMondayAtEight()
        => Assert.Equal(Parse("2026-11-30T08:00:00+00:00"), _sut.NextOpening(Parse("2026-11-27T18:00:00+00:00")));

    [Fact]
    public void Describe_OpeningAWeekOrMoreAhead_NamesTheDate()
    {
        var closedWeek = Enumerable.Range(0, 5).Select(d => new DateOnly(2026, 11, 30).AddDays(d));
        var sut = AdviceLineHours.ForUk(closedWeek);
        var friday = Parse("2026-11-27T17:00:00+00:00");

        var status = sut.Status(friday);

        Assert.Equal("The OH advice line is closed now; it opens again on Monday 7 December at 8am (UK time).", sut.Describe(status));
    }

    [Fact]
    public void IsWorkingDay_ClosedDateOrWeekend_IsFalse()
    {
        Assert.False(_sut.IsWorkingDay(new DateOnly(2026, 12, 25)));
        Assert.False(_sut.IsWorkingDay(new DateOnly(2026, 11, 28)));
        Assert.True(_sut.IsWorkingDay(new DateOnly(2026, 11, 27)));
    }

    [Fact]
    public void Summary_DefaultHours_IsEightToFourOnWeekdays()
        => Assert.Equal("8am to 4pm on weekdays (UK time)", _sut.Summary);

    [Theory]
    [InlineData("2026-11-25T09:29:00+00:00", false)]
    [InlineData("2026-11-25T09:30:00+00:00", true)]
    [InlineData("2026-11-25T16:59:00+00:00", true)]
    [InlineData("2026-11-25T17:00:00+00:00", false)]
    [InlineData("2026-06-10T09:30:00+01:00", true)]
    [InlineData("2026-06-10T17:00:00+01:00", false)]
    public void IsOpen_ConfiguredHours_OnlyBetweenThem(string instant, bool open)
    {
        var sut = ConfiguredHours();

        Assert.Equal(open, sut.IsOpen(Parse(instant)));
    }

    [Fact]
    public void Describe_ConfiguredHoursWhenOpen_SaysTheConfiguredClosingTime()
    {
        var sut = ConfiguredHours();

        var status = sut.Status(Parse("2026-11-25T12:00:00+00:00"));

        Assert.Equal(Parse("2026-11-25T17:00:00+00:00"), status.ClosesAt);
        Assert.Equal("The OH advice line is open now until 5pm (UK time).", sut.Describe(status));
    }

    [Fact]
    public void Describe_ConfiguredHoursWhenClosed_SaysTheConfiguredOpeningTime()
    {
        var sut = ConfiguredHours();

        var status = sut.Status(Parse("2026-11-25T17:00:00+00:00"));

        Assert.Equal(Parse("2026-11-26T09:30:00+00:00"), status.NextOpensAt);
        Assert.Equal("The OH advice line is closed now; it opens again tomorrow at 9:30am (UK time).", sut.Describe(status));
    }

    [Fact]
    public void Summary_ConfiguredHours_StatesThem()
    {
        var sut = ConfiguredHours();

        Assert.Equal(("9:30am to 5pm on weekdays (UK time)", "9:30am to 5pm"), (sut.Summary, sut.Times));
    }

    [Theory]
    [InlineData("16:00", "08:00")]
    [InlineData("08:00", "08:00")]
    public void Constructor_OpensNotBeforeCloses_Throws(string opens, string closes)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Hours(opens, closes));

    [Theory]
    [InlineData("01:00", "16:00")]
    [InlineData("01:59", "16:00")]
    [InlineData("00:30", "01:30")]
    public void Constructor_TimeTheUkClocksSkipOrRepeat_Throws(string opens, string closes)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Hours(opens, closes));

    [Theory]
    [InlineData("00:59", "02:00")]
    [InlineData("02:00", "23:59")]
    public void Constructor_TimesEitherSideOfTheClockChangeHour_AreAccepted(string opens, string closes)
    {
        var sut = Hours(opens, closes);

        Assert.Equal((TimeOnly.Parse(opens, CultureInfo.InvariantCulture), TimeOnly.Parse(closes, CultureInfo.InvariantCulture)), (sut.Opens, sut.Closes));
    }

    private static AdviceLineHours ConfiguredHours() => Hours("09:30", "17:00");

    private static AdviceLineHours Hours(string opens, string closes)
        => new(TimeZoneInfo.FindSystemTimeZoneById(AdviceLineHours.UkTimeZoneId), TimeOnly.Parse(opens, CultureInfo.InvariantCulture), TimeOnly.Parse(closes, CultureInfo.InvariantCulture), BankHolidays);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
