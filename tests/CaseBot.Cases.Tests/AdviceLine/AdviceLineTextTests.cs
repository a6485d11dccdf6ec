using System.Globalization;
using CaseBot.Cases.AdviceLine;

namespace CaseBot.Cases.Tests.AdviceLine;

public sealed class AdviceLineTextTests
{
    [Theory]
    [InlineData("08:00", "8am")]
    [InlineData("16:00", "4pm")]
    [InlineData("09:30", "9:30am")]
    [InlineData("12:15", "12:15pm")]
    [InlineData("12:00", "12pm")]
    [InlineData("00:05", "12:05am")]
    [InlineData("17:00", "5pm")]
    public void Time_OfDay_IsWrittenAsPeopleInTheUkWriteIt(string time, string written)
    {
        var sut = AdviceLineText.Time(TimeOnly.Parse(time, CultureInfo.InvariantCulture));

        Assert.Equal(written, sut);
    }
}
