using CaseBot.DialogEngine.Recognition;

namespace CaseBot.DialogEngine.Tests.Recognition;

/// <summary>
/// How the recogniser reads sentences: phrases told in parts, "a|b" alternatives, "nothing" before a verb, hedged and softened
/// risks, weak and in-order synonyms, a stop word that is the very verb of a phrase.
/// </summary>
public class ChoiceRecognizerTests
{
    private static readonly ChoiceVocabulary Options = new(
    [
        new("Disagree", "The advisers disagree", ["alice|bob says|thinks ... carol|dave"]),
        new("Stuck", "The work is stuck", ["not moving"]),
        new("Risk", "There is a risk of a fall", ["might fall"]),
        new("Broken", "Something is broken"),
        new("Other", "Something else", ["not listed"]),
        new("Hearing", "A hearing is due", ["~appeal"]),
        new("Quit", "Someone wants to quit", ["\"ending it\""]),
    ]);

    [Theory]
    [InlineData("Alice says the ladder is safe, but Carol won't use it")]
    [InlineData("carol keeps refusing, bob thinks that's silly")]
    [InlineData("Bob says one thing\nDave another")]
    public void Recognize_APhraseToldInPartsAcrossTheAnswer_ChoosesItsOption(string typed)
    {
        var result = ChoiceRecognizer.Recognize(typed, Options);

        Assert.Equal([0], result.Chosen);
    }

    [Theory]
    [InlineData("Alice says Carol is right")]
    [InlineData("Alice says the ladder is safe, and Bob agrees")]
    public void Recognize_ThePartsInOneSegmentOrOnlyOneOfThem_ChoosesNothing(string typed)
    {
        var result = ChoiceRecognizer.Recognize(typed, Options);

        Assert.Empty(result.Chosen);
    }

    [Theory]
    [InlineData("nothing is moving")]
    [InlineData("nothing has moved since March")]
    public void Recognize_NothingBeforeAVerb_IsANegationOfTheVerb(string typed)
    {
        var result = ChoiceRecognizer.Recognize(typed, Options);

        Assert.Equal([1], result.Chosen);
    }

    [Fact]
    public void Recognize_NothingBeforeANoun_IsNotANegation()
    {
        var result = ChoiceRecognizer.Recognize("nothing on the list", Options);

        Assert.DoesNotContain(4, result.Chosen);
    }

    [Fact]
    public void Recognize_AHedgeBesideAnOptionAboutARisk_NamesTheRisk()
    {
        var result = ChoiceRecognizer.Recognize("I'm worried she might fall", Options);

        Assert.Equal([2], result.Chosen);
    }

    [Fact]
    public void Recognize_AHedgeBesideAnyOtherOption_OnlyPerhapsMeansIt()
    {
        var result = ChoiceRecognizer.Recognize("maybe something is broken", Options);

        Assert.Empty(result.Chosen);
        Assert.Equal([3], result.Unsure);
    }

    [Fact]
    public void Recognize_ASoftenedWordBesideAnOptionAboutARisk_OnlyPerhapsMeansIt()
    {
        var result = ChoiceRecognizer.Recognize("it's a fall risk-ish", Options);

        Assert.Empty(result.Chosen);
        Assert.Equal([2], result.Unsure);
    }

    [Fact]
    public void Recognize_AWeakWordAlone_ChoosesItsOption()
    {
        var result = ChoiceRecognizer.Recognize("she has lodged an appeal", Options);

        Assert.Equal([5], result.Chosen);
    }

    [Fact]
    public void Recognize_AWeakWordBesideAFirmerOption_IsPartOfThatStory()
    {
        var result = ChoiceRecognizer.Recognize("the work is not moving since the appeal was lodged", Options);

        Assert.Equal([1], result.Chosen);
    }

    [Fact]
    public void Recognize_AQuotedSynonymInItsOrder_ChoosesItsOption()
    {
        var result = ChoiceRecognizer.Recognize("he has talked about ending it", Options);

        Assert.Equal([6], result.Chosen);
    }

    [Fact]
    public void Recognize_AQuotedSynonymsWordsOutOfOrder_ChooseNothing()
    {
        var result = ChoiceRecognizer.Recognize("it is ending soon", Options);

        Assert.Empty(result.Chosen);
    }

    [Fact]
    public void Recognize_AStopWordThatIsTheVerbOfAPhrase_CountsAsThatVerb()
    {
        var result = ChoiceRecognizer.Recognize("Alice say it's fine, but Carol won't touch it", Options);

        Assert.Equal([0], result.Chosen);
    }

    [Fact]
    public void Recognize_EachOther_IsNotTheOptionOther()
    {
        var result = ChoiceRecognizer.Recognize("they blame each other", Options);

        Assert.DoesNotContain(4, result.Chosen);
    }

    [Fact]
    public void Phrases_ASynonymWithAlternatives_StandsForEveryCombination()
    {
        var sut = Options;

        var told = sut.Phrases.Where(p => p.Option == 0 && p.Parts is not null).ToList();

        Assert.Equal(8, told.Count);
        Assert.All(told, p => Assert.Equal(2, p.Parts!.Count));
    }
}
