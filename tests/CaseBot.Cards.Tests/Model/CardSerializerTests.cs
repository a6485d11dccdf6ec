using System.Text.Json;
using CaseBot.Cards.Model;

namespace CaseBot.Cards.Tests.Model;

public sealed class CardSerializerTests
{
    [Fact]
    public void ToJson_SmallCard_UsesSchemaTypeNamesEnumStringsAndOmitsNulls()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextBlock("Agenda") { Weight = TextWeight.Bolder, Size = TextSize.Medium }],
            Actions = [new ExecuteAction("Tick", "tick") { Style = ActionStyle.Positive, Data = CardSerializer.Data(new { actionId = "a1" }) }],
            MsTeams = null,
        };

        var sut = CardSerializer.ToJson(card);

        Assert.Equal(
            "{\"type\":\"AdaptiveCard\",\"$schema\":\"http://adaptivecards.io/schemas/adaptive-card.json\",\"version\":\"1.5\"," +
            "\"body\":[{\"type\":\"TextBlock\",\"text\":\"Agenda\",\"size\":\"medium\",\"weight\":\"bolder\",\"wrap\":true}]," +
            "\"actions\":[{\"type\":\"Action.Execute\",\"verb\":\"tick\",\"data\":{\"actionId\":\"a1\"},\"title\":\"Tick\",\"style\":\"positive\"}]}",
            sut);
    }

    [Fact]
    public void FromJson_RoundTrip_KeepsElementsAndActions()
    {
        var card = new AdaptiveCard
        {
            Body = [new FactSet { Facts = [new Fact("Stage", "Booked")] }, new ChoiceSetInput { Id = "who", IsMultiSelect = true, Choices = [new InputChoice("A", "a")] }],
            Actions = [new SubmitAction("Send") { Data = CardSerializer.Data(new { promptId = "p" }) }],
        };

        var sut = CardSerializer.FromJson(CardSerializer.ToJson(card))!;

        Assert.Equal("Booked", Assert.IsType<FactSet>(sut.Body[0]).Facts[0].Value);
        Assert.True(Assert.IsType<ChoiceSetInput>(sut.Body[1]).IsMultiSelect);
        Assert.Equal("p", Assert.IsType<SubmitAction>(sut.Actions![0]).Data!.Value.GetProperty("promptId").GetString());
    }

    [Fact]
    public void ToElement_PeoplePicker_HasTeamsDataQuery()
    {
        var card = new AdaptiveCard { Body = [new ChoiceSetInput { Id = "people", ChoicesData = new ChoicesData(ChoicesData.TeamsUsers) }] };

        var input = CardSerializer.ToElement(card).GetProperty("body")[0];

        Assert.Equal("Input.ChoiceSet", input.GetProperty("type").GetString());
        Assert.Equal("Data.Query", input.GetProperty("choices.data").GetProperty("type").GetString());
        Assert.Equal("graph.microsoft.com/users", input.GetProperty("choices.data").GetProperty("dataset").GetString());
    }

    [Fact]
    public void CardAttachment_From_UsesTheAdaptiveCardContentType()
    {
        var sut = CardAttachment.From(new AdaptiveCard { Body = [new TextBlock("x")] });

        Assert.Equal("application/vnd.microsoft.card.adaptive", sut.ContentType);
        Assert.Equal(JsonValueKind.Object, sut.Content!.Value.ValueKind);
    }
}
