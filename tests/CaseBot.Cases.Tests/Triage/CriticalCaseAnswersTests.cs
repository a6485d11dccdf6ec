using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Tests.Triage;

public sealed class CriticalCaseAnswersTests
{
    [Fact]
    public void Constructor_WithOtherTrigger_KeepsItsDescription()
    {
        var sut = new CriticalCaseAnswers(true, false, false, new HashSet<Trigger> { Trigger.Other }, new OtherTrigger(" Restructure "));

        Assert.Equal("Restructure", sut.OtherDescription);
        Assert.Equal("Restructure", sut.OtherTrigger?.Description);
        Assert.False(sut.NeedsSupportOrStuck);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void OtherTrigger_NoValidDescription_IsNull(string? description)
        => Assert.Null(new CriticalCaseAnswers(true, true, false, new HashSet<Trigger>(), description).OtherTrigger);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void NeedsSupportOrStuck_IsTheSameAnswer(bool needsSupport)
        => Assert.Equal(needsSupport, new CriticalCaseAnswers(false, needsSupport, false, new HashSet<Trigger>()).NeedsSupportOrStuck);
}
