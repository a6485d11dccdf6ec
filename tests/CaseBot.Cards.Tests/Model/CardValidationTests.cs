using CaseBot.Cards.Model;
using CaseBot.Cards.Tests.Support;

namespace CaseBot.Cards.Tests.Model;

/// <summary>The official Adaptive Cards library accepts what the model produces, and the harness does report bad cards.</summary>
public sealed class CardValidationTests
{
    [Fact]
    public async Task Validate_KitchenSinkCardWithEveryModelledType_HasNoEvents()
    {
        var nested = new AdaptiveCard { Body = [new TextBlock("More")], MsTeams = null };
        var card = new AdaptiveCard
        {
            FallbackText = "Everything",
            Refresh = new CardRefresh { Action = new ExecuteAction("Refresh", "refresh"), UserIds = ["29:a"] },
            Body =
            [
                new TextBlock("Heading") { Style = TextBlockStyle.Heading, Size = TextSize.Large, Color = TextColor.Accent },
                new FactSet { Facts = [new Fact("A", "B")] },
                new Container { Style = ContainerStyle.Emphasis, Items = [new TextBlock("inside") { IsSubtle = true }] },
                new ColumnSet { Columns = [new Column { Width = "auto", Items = [new TextBlock("c1")] }, new Column { Width = "stretch", Items = [new TextBlock("c2")] }] },
                new Image(new Uri("https://example.com/a.png")) { AltText = "a" },
                new TextInput { Id = "t", Label = "Text", IsRequired = true, ErrorMessage = "Required", MaxLength = 20 },
                new ChoiceSetInput { Id = "c", Label = "Pick", Style = ChoiceInputStyle.Expanded, Choices = [new InputChoice("One", "1")] },
                new ChoiceSetInput { Id = "people", Label = "People", Choices = [new InputChoice("Me", "me")], ChoicesData = new ChoicesData(ChoicesData.TeamsUsers) },
                new ToggleInput("Tick me") { Id = "tg", ValueOn = "true", ValueOff = "false" },
                new DateInput { Id = "d", Label = "Date" },
                new TimeInput { Id = "tm", Label = "Time" },
                new NumberInput { Id = "n", Label = "Number", Min = 1, Max = 9 },
                new ActionSet { Actions = [new OpenUrlAction("Open", new Uri("https://example.com"))] },
            ],
            Actions =
            [
                new ExecuteAction("Do", "do") { Fallback = new SubmitAction("Do (old client)") },
                new SubmitAction("Send"),
                new ShowCardAction("Show", nested),
            ],
        };

        await CardValidator.AssertValidAsync(new Dictionary<string, AdaptiveCard> { ["kitchen-sink"] = card });
    }

    [Fact]
    public async Task Validate_InputWithoutIdAndDuplicateIds_AreReported()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextInput { Label = "No id" }],
            Actions = [new SubmitAction("A") { Id = "same" }, new SubmitAction("B") { Id = "same" }],
        };

        var results = await CardValidator.ValidateAsync(new Dictionary<string, AdaptiveCard> { ["bad"] = card });

        Assert.Contains(results["bad"], e => e.Contains("PropertyCantBeNull", StringComparison.Ordinal));
        Assert.Contains(results["bad"], e => e.Contains("DuplicateId", StringComparison.Ordinal));
    }
}
