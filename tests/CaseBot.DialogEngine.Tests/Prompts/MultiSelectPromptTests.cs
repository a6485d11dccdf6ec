using CaseBot.DialogEngine.Prompts;
using CaseBot.TestSupport.Dialogs;
namespace CaseBot.DialogEngine.Tests.Prompts;

public class MultiSelectPromptTests
{
    private static readonly IReadOnlyList<Choice> Symptoms =
    [
        new("back", "Back pain"),
        new("stress", "Stress and anxiety", ["anxiety"]),
        new("sleep", "Sleep problems"),
        new("headache", "Headaches"),
        new("other", "Something else"),
    ];

    [Fact]
    public async Task BeginDialogAsync_TextRenderer_ListsChoicesAndExplainsMultipleAnswers()
    {
        var sut = Client(allowNone: true);

        var replies = await sut.SendAsync("hi");

        Assert.Equal(
            "Which apply?\n\n1. Back pain\n2. Stress and anxiety\n3. Sleep problems\n4. Headaches\n5. Something else\n\n"
            + $"{EngineText.MultiSelectHint} {EngineText.MultiSelectNoneHint}",
            replies.Single());
    }

    [Theory]
    [InlineData("1, 3 and 5", "back,sleep,other")]
    [InlineData("1 3 5", "back,sleep,other")]
    [InlineData("5,1", "back,other")]
    [InlineData("first and third", "back,sleep")]
    [InlineData("back pain and stress and anxiety", "back,stress")]
    [InlineData("Headaches, anxiety", "stress,headache")]
    [InlineData("2 and sleep problems", "stress,sleep")]
    [InlineData("the second one", "stress")]
    [InlineData("Something else", "other")]
    [InlineData("all of them", "back,stress,sleep,headache,other")]
    public async Task ContinueDialogAsync_TypedList_ReturnsTheChosenValuesInListOrder(string typed, string expected)
    {
        var sut = await StartedAsync(allowNone: false);

        await sut.SendAsync(typed);

        Assert.Equal(expected.Split(','), sut.ResultAs<List<string>>());
    }

    [Fact]
    public async Task ContinueDialogAsync_NoneWhenAllowed_ReturnsAnEmptySet()
    {
        var sut = await StartedAsync(allowNone: true);

        await sut.SendAsync("None of these");

        Assert.Equal(DialogTurnStatus.Complete, sut.LastResult!.Status);
        Assert.Empty(sut.ResultAs<List<string>>()!);
    }

    [Theory]
    [InlineData("no, nothing like that")]
    [InlineData("none of those really")]
    [InlineData("not really")]
    [InlineData("nope, none")]
    [InlineData("Nothing, thanks")]
    public async Task ContinueDialogAsync_NoneWithFillerWords_ReturnsAnEmptySet(string typed)
    {
        var sut = await StartedAsync(allowNone: true);

        await sut.SendAsync(typed);

        Assert.Equal(DialogTurnStatus.Complete, sut.LastResult!.Status);
        Assert.Empty(sut.ResultAs<List<string>>()!);
    }

    [Theory]
    [InlineData("nothing seems to help, and the headaches are worse", "headache")]
    [InlineData("no one has looked at the back pain", "back")]
    [InlineData("she's not sleeping, sleep problems for months", "sleep")]
    public async Task ContinueDialogAsync_ASentenceWithNoOrNothingThatNamesAnOption_ReadsTheOption(string typed, string expected)
    {
        var sut = await StartedAsync(allowNone: true);

        await sut.SendAsync(typed);

        Assert.Equal([expected], sut.ResultAs<List<string>>());
    }

    [Theory]
    [InlineData("no, she just seems tired")]
    [InlineData("nothing I can put my finger on")]
    [InlineData("there's no pattern to it")]
    public async Task ContinueDialogAsync_ASentenceWithNoOrNothingThatNamesNoOption_AsksInsteadOfTakingNone(string typed)
    {
        var sut = await StartedAsync(allowNone: true);

        var replies = await sut.SendAsync(typed);

        Assert.Equal(DialogTurnStatus.Waiting, sut.LastResult!.Status);
        Assert.DoesNotContain(typed, replies.Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ContinueDialogAsync_NoneWhenNotAllowed_AsksForAtLeastOne()
    {
        var sut = await StartedAsync(allowNone: false);

        var replies = await sut.SendAsync("none");

        Assert.StartsWith(EngineText.RetryMultiSelectNone, replies.Single());
    }

    [Fact]
    public async Task ContinueDialogAsync_ANumberNotShown_NamesTheNumberInTheRetry()
    {
        var sut = await StartedAsync(allowNone: false);

        var replies = await sut.SendAsync("1 and 7");

        Assert.StartsWith(EngineText.NoSuchOption(7), replies.Single());
    }

    [Fact]
    public async Task ContinueDialogAsync_AWordThatNamesNothingBesideKnownOnes_KeepsTheKnownOnes()
    {
        var sut = await StartedAsync(allowNone: false);

        await sut.SendAsync("1 and bananas");

        Assert.Equal(["back"], sut.ResultAs<List<string>>());
    }

    [Fact]
    public async Task ContinueDialogAsync_CardChoiceSet_ReturnsTheSubmittedValues()
    {
        var sut = await StartedAsync(allowNone: false);

        await sut.SubmitAsync(new Dictionary<string, string> { ["promptId"] = "multi", ["symptoms"] = "sleep,back" });

        Assert.Equal(["back", "sleep"], sut.ResultAs<List<string>>());
    }

    [Fact]
    public async Task ContinueDialogAsync_CardToggles_ReturnsTheValuesSwitchedOn()
    {
        var sut = await StartedAsync(allowNone: false);

        await sut.ExecuteAsync(new Dictionary<string, string>
        {
            ["promptId"] = "multi", ["symptoms.back"] = "false", ["symptoms.headache"] = "true", ["symptoms.other"] = "true",
        });

        Assert.Equal(["headache", "other"], sut.ResultAs<List<string>>());
    }

    [Fact]
    public async Task ContinueDialogAsync_CardWithNothingChosenWhenAllowed_ReturnsAnEmptySet()
    {
        var sut = await StartedAsync(allowNone: true);

        await sut.SubmitAsync(new Dictionary<string, string> { ["promptId"] = "multi", ["symptoms"] = string.Empty });

        Assert.Equal(DialogTurnStatus.Complete, sut.LastResult!.Status);
        Assert.Empty(sut.ResultAs<List<string>>()!);
    }

    [Fact]
    public async Task ContinueDialogAsync_AnAnswerThatMayMeanAnOption_OffersItSomethingElseAndNone()
    {
        var sut = Client(allowNone: true, WithExamples);
        await sut.SendAsync("hi");

        var replies = await sut.SendAsync("pain");

        Assert.StartsWith(EngineText.DidYouMeanAny(["Back pain", "Something else"], orNone: true), replies.Single());
    }

    [Fact]
    public async Task ContinueDialogAsync_NothingRecognised_NamesSomethingElseAndNoneAsWaysOut()
    {
        var sut = Client(allowNone: true, WithExamples);
        await sut.SendAsync("hi");

        var replies = await sut.SendAsync("banana");

        Assert.StartsWith(EngineText.NotRecognisedAny("Something else", orNone: true), replies.Single());
    }

    [Fact]
    public async Task ContinueDialogAsync_FirstAnswerNotUnderstood_AsksAgainWithoutExamples()
    {
        var sut = Client(allowNone: true, WithExamples);
        await sut.SendAsync("hi");

        var replies = await sut.SendAsync("banana");

        Assert.DoesNotContain(replies, r => r!.Contains("awake at 3am", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ContinueDialogAsync_SecondAnswerNotUnderstood_ShowsAnExampleOfEachOptionThenAsksAgain()
    {
        var sut = Client(allowNone: true, WithExamples);
        await sut.SendAsync("hi");
        await sut.SendAsync("banana");

        var replies = await sut.SendAsync("kiwi");

        Assert.Equal(EngineText.Examples(WithExamples), replies[0]);
        Assert.Contains("2. Sleep problems: awake at 3am most nights", replies[0], StringComparison.Ordinal);
        Assert.StartsWith(EngineText.NotRecognisedAny("Something else", orNone: true), replies[1]);
    }

    private static readonly IReadOnlyList<Choice> WithExamples =
    [
        new("back", "Back pain") { Example = "aching after lifting" },
        new("sleep", "Sleep problems") { Example = "awake at 3am most nights" },
        new("other", "Something else") { Example = "anything not on the list", IsSomethingElse = true },
    ];

    private static DialogTestClient Client(bool allowNone, IReadOnlyList<Choice>? choices = null)
    {
        var options = new PromptOptions { Prompt = "Which apply?", Choices = choices ?? Symptoms, AllowNone = allowNone, InputId = "symptoms" };
        return new DialogTestClient(() => new PromptHarness(new MultiSelectPrompt("multi", TestAnswers.Plain), options, TestAnswers.Plain));
    }

    private static async Task<DialogTestClient> StartedAsync(bool allowNone)
    {
        var client = Client(allowNone);
        await client.SendAsync("hi");
        return client;
    }
}
