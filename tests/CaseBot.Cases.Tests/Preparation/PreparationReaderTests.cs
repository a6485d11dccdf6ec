using CaseBot.Cases.Preparation;

namespace CaseBot.Cases.Tests.Preparation;

public sealed class PreparationReaderTests
{
    [Fact]
    public void Read_ABreakAndSupport_NamesBothAndWhoTheyAreToThem()
    {
        var sut = PreparationReader.Read("Could I have a break halfway through? My partner will come with me for support.");

        Assert.Equal([PreparationRequest.Breaks], sut.Help);
        Assert.Equal((Bringing.SupportPerson, "my partner"), (sut.Bringing, sut.Who));
    }

    [Fact]
    public void Read_HelpTheySayTheyDoNotNeed_IsNotWanted()
    {
        var sut = PreparationReader.Read("I don't need breaks any more");

        Assert.Empty(sut.Help);
        Assert.Equal([PreparationRequest.Breaks], sut.NotHelp);
    }

    [Fact]
    public void Read_SomethingToRaise_IsAPoint()
    {
        var sut = PreparationReader.Read("I want to raise my shift pattern");

        Assert.True(sut.IsPoint);
        Assert.True(sut.NamesNothing);
    }

    [Fact]
    public void Read_QuestionsInWriting_IsHelpNotAPoint()
    {
        var sut = PreparationReader.Read("Please send me the questions in writing first");

        Assert.Equal([PreparationRequest.QuestionsInWriting], sut.Help);
        Assert.False(sut.IsPoint);
    }

    [Theory]
    [InlineData("change", true)]
    [InlineData("  Change ", true)]
    [InlineData("change the venue please", false)]
    public void IsExactly_ShowWords_OnlyTheWholeMessage(string text, bool expected)
        => Assert.Equal(expected, PreparationReader.IsExactly(text, PreparationSynonyms.Show));
}
