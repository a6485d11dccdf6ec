using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Tests.Triage;

public sealed class CriticalCaseAnswersTests
{
    [Fact]
    public void OtherTrigger_ValidDescription_IsTrimmed()
    {
        var sut = new CriticalCaseAnswers(true, false, false, new HashSet<Trigger> { Trigger.Other }, " Restructure ");

        Assert.Equal("Restructure", sut.OtherTrigger?.Description);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void OtherTrigger_NoValidDescription_IsNull(string? description)
        => Assert.Null(new CriticalCaseAnswers(true, true, false, new HashSet<Trigger>(), description).OtherTrigger);
}
