using CaseBot.Cards.Actions;
using CaseBot.Cards.Model;
using CaseBot.Cards.Preparation;
using CaseBot.Cards.Tests.Support;
using CaseBot.Cases.Preparation;
using CaseBot.TestSupport.Cases;

namespace CaseBot.Cards.Tests.Preparation;

/// <summary>The individual's (and representative's) preparation card: accepted by the official library, in plain words, asking their questions.</summary>
public sealed class PreparationCardTests
{
    public static IReadOnlyDictionary<string, AdaptiveCard> Cards()
    {
        var booked = AttendeeTestCases.BookedWithIndividual();
        var answered = AttendeeTestCases.BookedWithIndividual();
        var answers = PreparationAnswers.None with { Help = [PreparationRequest.Breaks], Bringing = Bringing.SupportPerson, BringingWho = "my partner", Points = "My hours", PointsOnAgenda = true };
        var preparation = answered.AnswerPreparation(AttendeeTestCases.IndividualId, 1, answers with { OtherHelp = "A seat near the door" }, AttendeeTestCases.Now);
        var cancelled = AttendeeTestCases.BookedWithIndividual();
        var cancelledMeeting = cancelled.CancelMeeting(AttendeeTestCases.Now);
        return new Dictionary<string, AdaptiveCard>
        {
            ["preparation-individual"] = PreparationCard.Build(booked, booked.BookedMeeting!, AttendeeTestCases.IndividualInTeams, AttendeeTestCases.Uk),
            ["preparation-representative"] = PreparationCard.Build(booked, booked.BookedMeeting!, AttendeeTestCases.Representative, AttendeeTestCases.Uk),
            ["preparation-answered"] = PreparationCard.Build(answered, answered.BookedMeeting!, AttendeeTestCases.IndividualInTeams, AttendeeTestCases.Uk, answers),
            ["preparation-cancelled"] = PreparationCard.Build(cancelled, cancelledMeeting, AttendeeTestCases.IndividualInTeams, AttendeeTestCases.Uk),
            ["preparation-lead"] = PreparationLeadCard.Build(answered, answered.BookedMeeting!, [preparation]),
            ["preparation-lead-none"] = PreparationLeadCard.Build(booked, booked.BookedMeeting!, []),
        };
    }

    [Fact]
    public async Task Validate_EveryPreparationCard_HasNoEvents() => await CardValidator.AssertValidAsync(Cards());

    [Theory]
    [InlineData("preparation-individual")]
    [InlineData("preparation-representative")]
    [InlineData("preparation-cancelled")]
    public void EveryWordTheReaderSees_PassesThePlainEnglishCheck(string name)
    {
        var card = Cards()[name];

        var sut = PlainEnglish.Check(Words(card));

        Assert.True(sut.Passes, sut.ToString());
    }

    [Fact]
    public void Individual_IsAddressedAsYou_AndToldWhoIsThereAndWhy()
    {
        var text = string.Join("\n", CardText.All(Cards()["preparation-individual"]));

        Assert.Contains(PreparationText.Title(Cases.Meetings.Role.Individual, "Isla Individual"), text, StringComparison.Ordinal);
        Assert.Contains("**Olive Clinician**, nurse or doctor from Occupational Health (OH)", text, StringComparison.Ordinal);
        Assert.Contains("Agree adjustments.", text, StringComparison.Ordinal);
        Assert.Contains(PreparationText.Notes, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Your role: Individual", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Representative_IsToldAboutTheIndividualByName()
    {
        var text = string.Join("\n", CardText.All(Cards()["preparation-representative"]));

        Assert.Contains("Isla Individual's Case Conference: what to expect", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Booked_SendsTheAnswersWithTheCaseAndMeeting_AndOffersTheTeamsLink()
    {
        var buttons = CardText.Buttons(Cards()["preparation-individual"]).ToList();

        var send = Assert.IsType<ExecuteAction>(buttons[0]);
        Assert.Equal(CardVerbs.PreparationAnswer, send.Verb);
        Assert.Equal(1, send.Data!.Value.GetProperty("meetingNumber").GetInt32());
        Assert.IsType<OpenUrlAction>(buttons[1]);
    }

    [Fact]
    public void Answered_FillsTheQuestionsInWithWhatTheySaid()
    {
        var inputs = CardText.Elements(Cards()["preparation-answered"]).OfType<InputElement>().ToDictionary(i => i.Id!);

        Assert.Equal("Breaks", ((ChoiceSetInput)inputs[PreparationInputs.Help]).Value);
        Assert.Equal("SupportPerson", ((ChoiceSetInput)inputs[PreparationInputs.Bringing]).Value);
        Assert.Equal("my partner", ((TextInput)inputs[PreparationInputs.Who]).Value);
        Assert.Equal("true", ((ToggleInput)inputs[PreparationInputs.PointsOnAgenda]).Value);
    }

    [Fact]
    public void Lead_SeesEachRequestWithWhetherItIsArranged_AndCanReply()
    {
        var card = Cards()["preparation-lead"];

        var facts = CardText.Elements(card).OfType<FactSet>().SelectMany(f => f.Facts).ToList();
        Assert.Contains(new Fact("Breaks during the meeting", "not arranged yet"), facts);
        Assert.Contains(new Fact("Bringing a support person", "not arranged yet (my partner)"), facts);
        Assert.Contains(new Fact("Something else, in your own words", "not arranged yet: A seat near the door"), facts);
        Assert.Contains(CardText.Buttons(card), b => b is ExecuteAction { Verb: CardVerbs.PreparationReply });
    }

    [Fact]
    public void Cancelled_SaysSoAndAsksNothing()
    {
        var card = Cards()["preparation-cancelled"];

        Assert.Contains(PreparationText.Cancelled, CardText.All(card));
        Assert.Empty(CardText.Elements(card).OfType<InputElement>());
        Assert.Empty(CardText.Buttons(card));
    }

    // Every word on the card: text, facts, the questions' labels, choices and placeholders, and the buttons.
    private static string Words(AdaptiveCard card)
    {
        var elements = CardText.Elements(card).ToList();
        var facts = elements.OfType<FactSet>().SelectMany(f => f.Facts).Select(f => $"{f.Title}: {f.Value}");
        var inputs = elements.OfType<InputElement>().SelectMany(i => new[] { i.Label }.Concat(i switch
        {
            ChoiceSetInput c => c.Choices.Select(x => (string?)x.Title),
            TextInput t => [t.Placeholder],
            ToggleInput t => [t.Title],
            _ => [],
        }));
        var buttons = CardText.Buttons(card).Select(b => b.Title);
        return string.Join("\n", CardText.All(card).Concat(facts).Concat(inputs).Concat(buttons).OfType<string>().Where(t => !string.IsNullOrWhiteSpace(t)));
    }
}
