using System.Text.Json;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Meetings;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;
using CaseBot.Dialogs.Planning;
using CaseBot.Dialogs.Triage;
using CaseBot.Dialogs.Root;
using CaseBot.TestSupport.Dialogs;
namespace CaseBot.Dialogs.Tests.Recognition;

/// <summary>
/// A prompt of the real conversations, as the corpus names it ("triggers", "yesno"...): the prompt with the options and help the
/// conversation gives it, and how to read its result as option values.
/// </summary>
internal sealed record CorpusPrompt(string Name, Func<Dialog> Prompt, PromptOptions Options, Func<JsonElement, IReadOnlySet<string>> Values)
{
    public static IReadOnlyDictionary<string, CorpusPrompt> All { get; } = new Dictionary<string, CorpusPrompt>(StringComparer.Ordinal)
    {
        ["triggers"] = new("triggers", () => new MultiSelectPrompt("p", CaseAnswers.Create()), TriageDialog.TriggerOptions, Many),
        ["identifiedBy"] = new("identifiedBy", () => new ChoicePrompt("p", CaseAnswers.Create()), Asking(TriageDialogText.AskIdentifiedBy, TriageDialogText.IdentifiedByHelp, TriageChoices.IdentifiedBy), One),
        ["yesno"] = new("yesno", () => new ConfirmPrompt("p", CaseAnswers.Create()), Asking(TriageDialogText.AskExceptional, TriageDialogText.ExceptionalHelp, null), YesNo),
        ["decision"] = new("decision", () => new ChoicePrompt("p", CaseAnswers.Create()), Asking(TriageDialogText.AskDecision, TriageDialogText.DecisionHelp, TriageChoices.Decision(MeetingType.CaseConference)), One),
        ["venue"] = new("venue", () => new ChoicePrompt("p", CaseAnswers.Create()), Asking(PlanningText.AskVenue, PlanningText.VenueHelp, PlanningChoices.Venues(MeetingType.CaseConference)), One),
        ["others"] = new("others", () => new ChoicePrompt("p", CaseAnswers.Create()), Asking(PlanningText.AskOthers, PlanningText.OthersHelp, OthersDialog.Choices), One),
    };

    /// <summary>A conversation at this prompt, asked and waiting for the typed answer.</summary>
    public async Task<DialogTestClient> AskedAsync()
    {
        var client = new DialogTestClient(() => new PromptHarness(Prompt(), Options, CaseAnswers.Create()));
        await client.SendAsync("start");
        return client;
    }

    private static PromptOptions Asking(string prompt, string help, IReadOnlyList<Choice>? choices)
        => new() { Prompt = prompt, Help = help, Choices = choices };

    private static HashSet<string> Many(JsonElement result) => [.. result.Deserialize<List<string>>(BotJson.Options)!];

    private static HashSet<string> One(JsonElement result) => [result.Deserialize<FoundChoice>(BotJson.Options)!.Value];

    private static HashSet<string> YesNo(JsonElement result) => [result.GetBoolean() ? "yes" : "no"];
}
