using CaseBot.EndToEnd.Tests.Support;

namespace CaseBot.EndToEnd.Tests.Journeys;

/// <summary>A manager triages a case in the Playground: once only typing (ending in a CMM), once only clicking (ending in a Case Conference).</summary>
[Collection(EndToEndCollection.Name)]
public sealed class TriageJourneyTests(SandboxFixture fixture)
{
    [Fact]
    public async Task Manager_TypingOnly_GetsCmmRecommendationWithReasonsAndSavesTheCase()
    {
        var chat = await fixture.Sandbox.OpenChatAsync("triage-typed");
        await chat.ExpectBotTextAsync("Hello, I'm", "welcome");

        await chat.TypeAsync("new case");
        await chat.ExpectBotTextAsync("What is your own reference", "reference");
        await chat.TypeAsync("HR-2026-0142");
        await chat.ExpectBotTextAsync("Who identified the need", "identified-by");
        await chat.TypeAsync("me");
        await chat.ExpectBotTextAsync("exceptional", "exceptional");
        await chat.TypeAsync("yes");
        await chat.ExpectBotTextAsync("making progress", "stuck");
        await chat.TypeAsync("yes");
        await chat.ExpectBotTextAsync("joined-up working", "joined-up");
        await chat.TypeAsync("no");
        await chat.ExpectBotTextAsync("Which of these circumstances apply", "triggers");
        await chat.TypeAsync("6, 10");
        await chat.ExpectBotTextAsync("significantly benefit", "involvement");
        await chat.TypeAsync("no");
        await chat.ExpectBotTextAsync("without the individual", "decide-without");
        await chat.TypeAsync("yes");
        await chat.ExpectBotTextAsync("Recommended: Case Management Meeting", "recommendation");
        await chat.ExpectBotTextAsync("never attend a Case Management Meeting", "recommendation-reasons");
        await chat.TypeAsync("accept");
        await chat.ExpectBotTextAsync("Case HR-2026-0142 saved", "saved");
        await chat.ExpectBotTextAsync("Shall we plan and book the Case Management Meeting now?", "plan-now-asked");
    }

    [Fact]
    public async Task Manager_ClickingOnly_GetsCaseConferenceRecommendation()
    {
        var chat = await fixture.Sandbox.OpenChatAsync("triage-clicked");
        await chat.ExpectBotTextAsync("Hello, I'm", "welcome");

        await chat.ClickButtonAsync("New case", "new-case");
        await chat.ExpectBotTextAsync("What is your own reference", "reference");
        await chat.FillCardInputAsync("Type your answer", "OH-2026-77", "reference-typed");
        await chat.ClickButtonAsync("Send", "reference-sent");
        await chat.ClickButtonAsync("Occupational Health", "identified-by");
        await chat.ExpectBotTextAsync("exceptional", "exceptional-asked");
        await chat.ClickButtonAsync("Yes", "exceptional");
        await chat.ExpectBotTextAsync("making progress", "stuck-asked");
        await chat.ClickButtonAsync("Yes", "stuck");
        await chat.ExpectBotTextAsync("joined-up working", "joined-up-asked");
        await chat.ClickButtonAsync("Yes", "joined-up");
        await chat.ExpectBotTextAsync("Which of these circumstances apply", "triggers-asked");
        await chat.TickAsync("1. There has been a life-changing event", "trigger-ticked");
        await chat.ClickButtonAsync("Continue", "triggers");
        await chat.ExpectBotTextAsync("significantly benefit", "involvement-asked");
        await chat.ClickButtonAsync("Yes", "involvement");
        await chat.ExpectBotTextAsync("without the individual", "decide-without-asked");
        await chat.ClickButtonAsync("No", "decide-without");
        await chat.ExpectBotTextAsync("Recommended: Case Conference", "recommendation");
        await chat.ClickButtonAsync("Accept: Case Conference", "accept");
        await chat.ExpectBotTextAsync("Case OH-2026-77 saved", "saved");
        await chat.ExpectBotTextAsync("Shall we plan and book the Case Conference now?", "plan-now-asked");
    }
}
