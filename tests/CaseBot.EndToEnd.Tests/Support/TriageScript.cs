namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>
/// The triage answers that lead to each recommendation, as the journeys that go on to plan a meeting give them. The same choices as
/// tests/CaseBot.Bot.Tests/Conversations/PlanningConversationTests (TriageToConferenceAsync, TriageToCmmAsync); the CMM is typed
/// partly in a manager's own words ("it was me", "not really", a sentence naming triggers 6 and 10).
/// </summary>
internal static class TriageScript
{
    /// <summary>From the welcome to "Shall we plan and book the Case Conference now?", half typed and half clicked.</summary>
    public static async Task ToConferenceAsync(PlaygroundPage chat, string reference)
    {
        await chat.ExpectBotTextAsync("Hello, I'm", "welcome");
        await chat.ClickButtonAsync("New case", "new-case");
        await chat.ExpectBotTextAsync("What is your own reference", "reference-asked");
        await chat.TypeAsync(reference);
        await chat.ExpectBotTextAsync("Who identified the need", "identified-by-asked");
        await chat.ClickButtonAsync("Occupational Health", "identified-by");
        await chat.ExpectBotTextAsync("exceptional", "exceptional-asked");
        await chat.TypeAsync("yes");
        await chat.ExpectBotTextAsync("making progress", "stuck-asked");
        await chat.ClickButtonAsync("Yes", "stuck");
        await chat.ExpectBotTextAsync("joined-up working", "joined-up-asked");
        await chat.TypeAsync("yes");
        await chat.ExpectBotTextAsync("Which of these circumstances apply", "triggers-asked");
        await chat.TickAsync("1. There has been a life-changing event", "trigger-ticked");
        await chat.ClickButtonAsync("Continue", "triggers");
        await chat.ExpectBotTextAsync("significantly benefit", "involvement-asked");
        await chat.ClickButtonAsync("Yes", "involvement");
        await chat.ExpectBotTextAsync("without the individual", "decide-without-asked");
        await chat.TypeAsync("no");
        await chat.ExpectBotTextAsync("Recommended: Case Conference", "recommendation");
        await chat.ExpectBotTextAsync("meets the definition of a critical case", "recommendation-reasons");
        await chat.ClickButtonAsync("Accept: Case Conference", "accept");
        await chat.ExpectBotTextAsync($"Case {reference} saved", "saved");
        await chat.ExpectBotTextAsync("Shall we plan and book the Case Conference now?", "plan-now-asked");
    }

    /// <summary>From the welcome to "Shall we plan and book the Case Management Meeting now?", all typed, partly in a manager's own words.</summary>
    public static async Task ToCmmAsync(PlaygroundPage chat, string reference)
    {
        await chat.ExpectBotTextAsync("Hello, I'm", "welcome");
        await chat.TypeAsync("new case");
        await chat.ExpectBotTextAsync("What is your own reference", "reference-asked");
        foreach (var (answer, next, step) in new[]
        {
            (reference, "Who identified the need", "reference"), ("it was me", "exceptional", "identified-by"), ("yes", "making progress", "exceptional"),
            ("yep", "joined-up working", "stuck"), ("not really", "Which of these circumstances apply", "joined-up"),
            ("the process is stuck, and he's threatening a tribunal", "significantly benefit", "triggers"),
            ("no", "without the individual", "involvement"), ("yes", "Recommended: Case Management Meeting", "decide-without"),
        })
        {
            await chat.TypeAsync(answer);
            await chat.ExpectBotTextAsync(next, step);
        }

        await chat.TypeAsync("accept");
        await chat.ExpectBotTextAsync($"Case {reference} saved", "saved");
        await chat.ExpectBotTextAsync("Shall we plan and book the Case Management Meeting now?", "plan-now-asked");
    }
}
