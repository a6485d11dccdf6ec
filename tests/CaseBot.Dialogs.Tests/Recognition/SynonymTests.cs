using CaseBot.DialogEngine.Prompts;

namespace CaseBot.Dialogs.Tests.Recognition;

/// <summary>Every option's title and synonyms, typed alone at the prompt that offers it, select that option and no other.</summary>
public sealed class SynonymTests
{
    public static TheoryData<string> Prompts => [.. CorpusPrompt.All.Keys];

    [Theory]
    [MemberData(nameof(Prompts))]
    public async Task Synonyms_EachTypedAlone_SelectsItsOwnOption(string promptName)
    {
        var prompt = CorpusPrompt.All[promptName];
        var choices = prompt.Options.Choices ?? YesNo;
        var wrong = new List<string>();

        foreach (var choice in choices)
        {
            foreach (var typed in (choice.Synonyms ?? []).Append(choice.DisplayTitle))
            {
                var client = await prompt.AskedAsync();
                await client.SendAsync(typed);
                var got = client.LastResult?.Result is { } result ? prompt.Values(result) : new HashSet<string>();
                if (!got.SetEquals([choice.Value]))
                {
                    wrong.Add($"'{typed}' → {string.Join(",", got)} (expected {choice.Value})");
                }
            }
        }

        Assert.Empty(wrong);
    }

    internal static IReadOnlyList<Choice> YesNo { get; } =
    [
        new("yes", "Yes", Cases.Answers.AnswerWords.Yes),
        new("no", "No", Cases.Answers.AnswerWords.No),
    ];
}
