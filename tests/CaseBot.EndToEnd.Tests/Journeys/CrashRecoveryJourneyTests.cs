using CaseBot.EndToEnd.Tests.Support;

namespace CaseBot.EndToEnd.Tests.Journeys;

/// <summary>
/// The bot is killed with SIGKILL in the middle of planning and started again on the same database and port: the person answers
/// the question still on screen, the conversation carries on from there, and the plan still holds every answer given before the crash.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class CrashRecoveryJourneyTests(SandboxFixture fixture)
{
    private const string Reference = "HR-2026-0404";

    [Fact]
    public async Task BotKilledMidPlanning_AfterRestart_SameQuestionIsAnsweredAndPlanningGoesOn()
    {
        var chat = await fixture.Sandbox.OpenChatAsync("crash");
        await TriageScript.ToCmmAsync(chat, Reference);
        await chat.TypeAsync("yes");
        await chat.ExpectBotTextAsync("Who is the OH clinician?", "clinician-asked");
        await chat.TypeAsync("meganb@example.com");
        await chat.ExpectBotTextAsync("Who is the EPS caseworker?", "caseworker-asked");
        await chat.TypeAsync("adelev@example.com");
        await chat.ExpectBotTextAsync("Anyone else to invite", "others-asked");
        await chat.TypeAsync("no one else");
        await chat.ExpectBotTextAsync("Why is the meeting being called", "purpose-asked");
        await chat.TypeAsync("Agree the next steps.");
        await chat.ExpectBotTextAsync("How long should the meeting be?", "duration-asked");

        await chat.StepAsync("bot-killed-and-restarted", fixture.Sandbox.CrashAndRestartBotAsync);

        await chat.ClickButtonAsync("90 minutes", "duration-after-restart");
        await chat.ExpectBotTextAsync("Where will it be held?", "venue-asked");
        await chat.ClickButtonAsync("Online only (Teams)", "venue");
        await chat.ExpectBotTextAsync("These times are free for everyone", "slots-offered");
        await chat.PickFirstChoiceAsync("These times are free for everyone", "first-slot");

        // Everything answered before the crash is still there.
        await chat.ExpectCardAsync("Check the Case Management Meeting before booking", "plan-card", Reference, "1 hour 30 minutes", "Online only", "Megan Bowen", "Adele Vance", "Agree the next steps.");
    }
}
