using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine.Tests.Prompts;

public class TextPromptRendererTests
{
    [Fact]
    public void Render_NoChoices_SendsOnlyTheText()
    {
        var sut = TextPromptRenderer.Instance;

        var activities = sut.Render(Request("Your name?", []));

        Assert.Equal("Your name?", Assert.Single(activities).Text);
    }

    [Fact]
    public void Render_FewShortChoices_NumbersThemOnOneLine()
    {
        var sut = TextPromptRenderer.Instance;

        var activities = sut.Render(Request("Submit?", [new("yes", "Yes"), new("no", "No")]));

        Assert.Equal("Submit?\n\n1. Yes  2. No", Assert.Single(activities).Text);
    }

    [Fact]
    public void Render_LongChoices_NumbersThemOneALine()
    {
        var sut = TextPromptRenderer.Instance;
        Choice[] choices = [new("a", "A rather long first option title"), new("b", "And an even longer second option title")];

        var activities = sut.Render(Request("Pick", choices));

        Assert.Equal("Pick\n\n1. A rather long first option title\n2. And an even longer second option title", Assert.Single(activities).Text);
    }

    [Fact]
    public void Render_ChoiceWithoutTitle_ShowsItsValue()
    {
        var sut = TextPromptRenderer.Instance;

        var activities = sut.Render(Request("Pick", [new("Routine")]));

        Assert.Equal("Pick\n\n1. Routine", Assert.Single(activities).Text);
    }

    private static PromptRenderRequest Request(string text, IReadOnlyList<Choice> choices)
        => new("prompt", choices.Count > 0 ? PromptKind.Choice : PromptKind.Text, text, choices, IsMultiSelect: false, "value", IsRetry: false);
}
