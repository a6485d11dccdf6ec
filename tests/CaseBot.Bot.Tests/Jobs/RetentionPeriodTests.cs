using CaseBot.Bot.Jobs;

namespace CaseBot.Bot.Tests.Jobs;

/// <summary>ISO 8601 retention periods, counted back on the calendar.</summary>
public sealed class RetentionPeriodTests
{
    [Theory]
    [InlineData("P6Y", 6, 0, 0, 0)]
    [InlineData("p1y6m", 1, 6, 0, 0)]
    [InlineData("P4W", 0, 0, 4, 0)]
    [InlineData(" P90D ", 0, 0, 0, 90)]
    public void TryParse_IsoPeriod_ReadsItsParts(string text, int years, int months, int weeks, int days)
    {
        var parsed = RetentionPeriod.TryParse(text, out var sut);

        Assert.True(parsed);
        Assert.Equal(new RetentionPeriod(years, months, weeks, days), sut);
    }

    [Theory]
    [InlineData("P")]
    [InlineData("6Y")]
    [InlineData("P6Y1H")]
    [InlineData("PT6H")]
    [InlineData(null)]
    public void TryParse_NotAnIsoPeriodOfDates_Fails(string? text)
    {
        var parsed = RetentionPeriod.TryParse(text, out var sut);

        Assert.False(parsed);
        Assert.Null(sut);
    }

    [Fact]
    public void Before_SixYears_IsTheSixthAnniversaryBack()
    {
        var sut = RetentionPeriod.Parse("P6Y");

        var cutoff = sut.Before(new DateTimeOffset(2032, 11, 25, 3, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero), cutoff);
    }

    [Theory]
    [InlineData("P27D", false)]
    [InlineData("P4W", true)]
    [InlineData("P1M", true)]
    public void IsAtLeastMinimum_AroundFourWeeks_RefusesShorterPeriods(string text, bool expected)
    {
        var sut = RetentionPeriod.Parse(text);

        Assert.Equal(expected, sut.IsAtLeastMinimum);
    }
}
