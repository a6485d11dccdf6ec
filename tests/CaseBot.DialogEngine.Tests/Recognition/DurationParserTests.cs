using CaseBot.DialogEngine.Recognition;

namespace CaseBot.DialogEngine.Tests.Recognition;

public class DurationParserTests
{
    [Theory]
    [InlineData("90 minutes", 90)]
    [InlineData("1h30", 90)]
    [InlineData("1h30m", 90)]
    [InlineData("1h 30m", 90)]
    [InlineData("1 hr 30 mins", 90)]
    [InlineData("1.5h", 90)]
    [InlineData("1,5 hours", 90)]
    [InlineData("1.5 hours", 90)]
    [InlineData("an hour and a half", 90)]
    [InlineData("1 hour 30 minutes", 90)]
    [InlineData("90m", 90)]
    [InlineData("1:30", 90)]
    [InlineData("PT90M", 90)]
    [InlineData("2 hours", 120)]
    [InlineData("45 mins", 45)]
    [InlineData("half an hour", 30)]
    public void Parse_CommonWaysOfWritingADuration_ReturnsTheMinutes(string text, int minutes)
    {
        var result = DurationParser.Parse(text, "en-GB");

        Assert.Equal(TimeSpan.FromMinutes(minutes), result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bananas")]
    [InlineData("p-value")]
    public void Parse_NoDuration_ReturnsNull(string text)
    {
        var result = DurationParser.Parse(text, "en-GB");

        Assert.Null(result);
    }
}
