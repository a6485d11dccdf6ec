using CaseBot.Cases.Booking;

namespace CaseBot.Cases.Tests.Booking;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData(15, "15 minutes")]
    [InlineData(60, "1 hour")]
    [InlineData(61, "1 hour 1 minute")]
    [InlineData(90, "1 hour 30 minutes")]
    [InlineData(120, "2 hours")]
    [InlineData(480, "8 hours")]
    [InlineData(0, "0 minutes")]
    public void Format_Minutes_InWords(int minutes, string expected)
        => Assert.Equal(expected, DurationText.Format(TimeSpan.FromMinutes(minutes)));
}
