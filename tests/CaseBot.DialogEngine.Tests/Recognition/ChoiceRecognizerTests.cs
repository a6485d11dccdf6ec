using CaseBot.DialogEngine.Recognition;

namespace CaseBot.DialogEngine.Tests.Recognition;

/// <summary>How the recogniser reads sentences: phrases told in parts, "a|b" alternatives, "nothing" before a verb, hedged risks.</summary>
public class ChoiceRecognizerTests
{
    private static readonly ChoiceVocabulary Options = new(
    [
        new("Disagree", "The advisers disagree", ["alice|bob says|thinks ... carol|dave"]),
        new("Stuck", "The work is stuck", ["not moving"]),
        new("Risk", "There is a risk of a fall", ["might fall"]),
        new("Broken", "Something is broken"),
        new("Other", "Something else", ["not listed"]),
    ]);

    [Theory]
    [InlineData("Alice says the ladder is safe, but Carol won't use it")]
    [InlineData("carol keeps refusing, bob thinks that's silly")]
    [InlineData("Bob says one thing\nDave another")]
    public void Recognize_APhraseToldInPartsAcrossTheAnswer_ChoosesItsOption(string typed)
    {
        var sut = ChoiceRecognizer.Recognize(typed, Options);

        Assert.Equal([0], sut.Chosen);
    }

    [Theory]
    [InlineData("Alice says Carol is right")]
    [InlineData("Alice says the ladder is safe, and Bob agrees")]
    public void Recognize_ThePartsInOneSegmentOrOnlyOneOfThem_ChoosesNothing(string typed)
    {
        var sut = ChoiceRecognizer.Recognize(typed, Options);

        Assert.Empty(sut.Chosen);
    }

    [Theory]
    [InlineData("nothing is moving")]
    [InlineData("nothing has moved since March")]
    public void Recognize_NothingBeforeAVerb_IsANegationOfTheVerb(string typed)
    {
        var sut = ChoiceRecognizer.Recognize(typed, Options);

        Assert.Equal([1], sut.Chosen);
    }

    [Fact]
    public void Recognize_NothingBeforeANoun_IsNotANegation()
    {
        var sut = ChoiceRecognizer.Recognize("nothing on the list", Options);

        Assert.DoesNotContain(4, sut.Chosen);
    }

    [Fact]
    public void Recognize_AHedgeBesideAnOptionAboutARisk_NamesTheRisk()
    {
        var sut = ChoiceRecognizer.Recognize("I'm worried she might fall", Options);

        Assert.Equal([2], sut.Chosen);
    }

    [Fact]
    public void Recognize_AHedgeBesideAnyOtherOption_OnlyPerhapsMeansIt()
    {
        var sut = ChoiceRecognizer.Recognize("maybe something is broken", Options);

        Assert.Empty(sut.Chosen);
        Assert.Equal([3], sut.Unsure);
    }

    [Fact]
    public void Phrases_ASynonymWithAlternatives_StandsForEveryCombination()
    {
        var sut = Options.Phrases.Where(p => p.Option == 0 && p.Parts is not null).ToList();

        Assert.Equal(8, sut.Count);
        Assert.All(sut, p => Assert.Equal(2, p.Parts!.Count));
    }
}
