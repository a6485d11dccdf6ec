using System.Text.Json;
using System.Text.Json.Nodes;
using CaseBot.Cards;
using CaseBot.Cards.Booking;
using CaseBot.Cards.Model;
using CaseBot.Cards.Status;
using CaseBot.DialogEngine.Prompts;
using CaseBot.Dialogs.Root;
using CaseBot.TestSupport.Cases;

namespace CaseBot.Dialogs.Tests.Root;

/// <summary>The router's reading of button data, fed with the data the cards themselves post.</summary>
public sealed class CommandPayloadTests
{
    [Fact]
    public void Text_WelcomeCardButtons_AreTheirCommands()
    {
        var data = Buttons(WelcomeCard.Build()).Select(b => b.Data);

        var texts = data.Select(CommandPayload.Text);

        Assert.Equal([BotCommand.NewCase, BotCommand.Help], texts);
    }

    [Fact]
    public void Text_SearchCardWithATypedReference_IsTheStatusCommandForIt()
    {
        var data = WithInput(Buttons(CaseSearchCard.Build()).Single().Data, CaseSearchCard.ReferenceInputId, "HR-77");

        var text = CommandPayload.Text(data);

        Assert.Equal($"{BotCommand.Status} HR-77", text);
    }

    [Fact]
    public void Text_BookedMeetingCardButtons_AreRescheduleAndCancelForTheCase()
    {
        var data = Buttons(MeetingBookedCard.Build(AttendeeTestCases.Booked().BookedMeeting!, AttendeeTestCases.Uk, invitesSent: true)).Select(b => b.Data);

        var texts = data.Select(CommandPayload.Text);

        Assert.Equal([$"{BotCommand.Reschedule} HR-2026-0142", $"{BotCommand.CancelMeeting} HR-2026-0142"], texts);
    }

    [Fact]
    public void IsPromptAnswer_APromptCardsButton_IsTrue()
    {
        var data = CardSerializer.Data(new PromptSubmit("planning.confirm", "yes", Token: "t"));

        var answer = CommandPayload.IsPromptAnswer(data);

        Assert.True(answer);
    }

    [Fact]
    public void IsPromptAnswer_ACommandButton_IsFalse()
    {
        var data = CardSerializer.Data(new CommandSubmit(BotCommand.Help));

        var answer = CommandPayload.IsPromptAnswer(data);

        Assert.False(answer);
    }

    private static IEnumerable<SubmitAction> Buttons(AdaptiveCard card)
        => (card.Actions ?? []).Concat(card.Body.OfType<ActionSet>().SelectMany(s => s.Actions)).OfType<SubmitAction>();

    // Teams merges the card's inputs into the button's data.
    private static JsonElement WithInput(JsonElement? data, string inputId, string value)
    {
        var merged = JsonNode.Parse(data!.Value.GetRawText())!.AsObject();
        merged[inputId] = value;
        return JsonSerializer.SerializeToElement(merged);
    }
}
