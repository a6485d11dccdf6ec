using CaseBot.Cases.Agenda;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;

namespace CaseBot.Cases.Tests.Preparation;

public sealed class PlainEnglishTests
{
    [Theory]
    [InlineData("the", 1)]
    [InlineData("meeting", 2)]
    [InlineData("talked", 1)]
    [InlineData("agreed", 2)]
    [InlineData("manager", 3)]
    [InlineData("advocate", 3)]
    [InlineData("conference", 3)]
    [InlineData("occupational", 5)]
    [InlineData("representative", 5)]
    [InlineData("return-to-work", 4)]
    [InlineData("2026", 1)]
    public void Syllables_Word_CountsVowelGroupsLessSilentEndings(string word, int expected)
        => Assert.Equal(expected, PlainEnglish.Syllables(word));

    [Fact]
    public void ReadingEase_ShortWordsInShortSentences_IsTheFleschFigure()
    {
        // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1.
        var sut = PlainEnglish.ReadingEase("The cat sat on the mat.");

        Assert.Equal(116.1, Math.Round(sut, 1));
    }

    [Fact]
    public void Check_ThePolicysDisclosureParagraph_IsNotPlainEnough()
    {
        var sut = PlainEnglish.Check(DisclosureNotice.Text);

        Assert.True(sut.ReadingEase < PlainEnglish.MinReadingEase, sut.ToString());
        Assert.False(sut.Passes);
    }

    [Fact]
    public void Check_TheProfessionalsRoleCardForTheIndividual_Fails()
    {
        var card = string.Join("\n", ["Your role: Individual", .. RoleResponsibilities.For(Role.Individual), AgendaText.WhatCanBeDisclosed, AgendaText.ConferenceClinician]);

        var sut = PlainEnglish.Check(card);

        Assert.False(sut.Passes, sut.ToString());
        Assert.Contains("OH", sut.UnexplainedAcronyms);
    }

    [Fact]
    public void UnexplainedAcronyms_BareAcronyms_AreNamedOnceInOrder()
    {
        var sut = PlainEnglish.UnexplainedAcronyms("The EPS caseworker and the OH clinician. The EPS team.");

        Assert.Equal(["EPS", "OH"], sut);
    }

    [Theory]
    [InlineData("A nurse from Occupational Health (OH) will be there. OH can only share what you agree.")]
    [InlineData("Someone from EPS (the human resources team) will be there. EPS gives advice.")]
    [InlineData("Someone from the human resources team (EPS) will be there.")]
    [InlineData("10:00 to 11:30 (UK time)")]
    public void UnexplainedAcronyms_ExplainedWhereFirstUsedOrEveryday_None(string text)
        => Assert.Empty(PlainEnglish.UnexplainedAcronyms(text));

    [Fact]
    public void UnexplainedAcronyms_ExplainedOnlyAfterItsFirstUse_IsNamed()
    {
        var sut = PlainEnglish.UnexplainedAcronyms("Ask OH. Occupational Health (OH) gives advice.");

        Assert.Equal(["OH"], sut);
    }

    [Fact]
    public void Check_MarkdownAndLinks_CountOnlyTheWordsShown()
    {
        var sut = PlainEnglish.Check("**Join** the [meeting](https://teams.microsoft.com/l/meetup-join/19%3Ameeting_ABCDEF) now.");

        Assert.Equal((4, 1), (sut.Words, sut.Sentences));
        Assert.Empty(sut.UnexplainedAcronyms);
    }

    [Fact]
    public void Check_ListItemsAndHeadings_AreSentencesOfTheirOwn()
    {
        var sut = PlainEnglish.Check("Who will be there\n- your manager\n- a nurse");

        Assert.Equal(3, sut.Sentences);
    }
}
