using CaseBot.EndToEnd.Tests.Support;

namespace CaseBot.EndToEnd.Tests.Journeys;

/// <summary>
/// The case board (the Teams tab, local mode) beside the chat, on the same bot and database. Alex Wilber books a Case Management
/// Meeting in the Playground and finds the case on his board; Patti Fernandez (OH advice line) finds it by its reference; Isaiah
/// Langer (no part in it) signs in by keyboard alone and gets "no case found". After the meeting is recorded with two of Alex's
/// actions, marking one done on the board updates every copy of the action list in the chat, and marking the other done on the chat's
/// "my actions" card shows on the board when it is loaded again. axe-core checks each view for WCAG 2.1 AA, and the README's
/// screenshots of the board (light, dark, 320 px wide) are taken on the way.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class CaseBoardJourneyTests(SandboxFixture fixture)
{
    private const string Reference = "HR-2026-0717";
    private const string FirstAction = "Send the adjustments report";
    private const string SecondAction = "Order the adjustable desk";
    private const string MyActions = "Your open actions";
    private static readonly string Screenshots = Path.Combine(RepoPaths.Root, "docs", "screenshots");

    [Fact]
    public async Task Board_ShowsTheBookedCase_AdviserFindsIt_StrangerDoesNot_AndMarkDoneTravelsBothWays()
    {
        var chat = await fixture.Sandbox.OpenChatAsync("board");
        await chat.StepAsync("attendees-install", async () =>
        {
            await fixture.Sandbox.InstallForAsync(PlaygroundTenant.Megan);
            await fixture.Sandbox.InstallForAsync(PlaygroundTenant.Adele);
        });
        await TriageScript.ToCmmAsync(chat, Reference);
        await BookingScript.BookCmmOnlineAsync(chat, Reference);

        var manager = await fixture.Sandbox.OpenBoardAsync("board-manager");
        await manager.SignInAsync("Alex Wilber", "manager-signed-in");
        await manager.ExpectTextAsync($"{Reference}", "manager-sees-case");
        await manager.ExpectTextAsync("Meeting booked", "manager-sees-stage");
        await manager.ExpectTextAsync("Case Management Meeting", "manager-sees-meeting");
        await manager.AssertAccessibleAsync("my-cases");
        await manager.SaveScreenshotAsync(Path.Combine(Screenshots, "board-my-cases-dark.png"), "dark");
        await manager.AssertAccessibleAsync("my-cases-dark");
        await manager.SaveScreenshotAsync(Path.Combine(RepoPaths.Artifacts, "board-my-cases-contrast.png"), "contrast");
        await manager.AssertAccessibleAsync("my-cases-contrast");
        await manager.SaveScreenshotAsync(Path.Combine(Screenshots, "board-my-cases-light.png"), "default");
        await manager.OpenCaseAsync(Reference, "manager-opens-case");
        await manager.ExpectTextAsync("Chronology", "manager-sees-chronology");

        var adviser = await fixture.Sandbox.OpenBoardAsync("board-adviser", width: 320);
        await adviser.SignInAsync("Patti Fernandez", "adviser-signed-in");
        await adviser.ExpectTextAsync(BoardTexts.NoCases, "adviser-has-no-cases-of-her-own");
        await adviser.GoToAsync("Look up", "Look up", "adviser-look-up");
        await adviser.AssertAccessibleAsync("look-up");
        await adviser.LookUpAsync(Reference.ToLowerInvariant(), "adviser-finds-case");
        await adviser.ExpectTextAsync($"Case {Reference}", "adviser-sees-status");
        await adviser.ExpectTextAsync("Chronology", "adviser-sees-chronology");
        await adviser.AssertAccessibleAsync("look-up-result");
        await adviser.Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "board-look-up-320.png"), FullPage = true });

        var stranger = await fixture.Sandbox.OpenBoardAsync("board-stranger");
        await stranger.SignInByKeyboardAsync("Isaiah Langer", "stranger-signed-in-by-keyboard");
        await stranger.GoByKeyboardAsync("Look up", "Look up", "stranger-look-up-by-keyboard");
        await stranger.LookUpAsync(Reference, "stranger-looks-up");
        await stranger.ExpectTextAsync("No case found with that reference.", "stranger-no-case");
        await stranger.ExpectNoTextAsync("Chronology", "stranger-sees-nothing-of-it");

        await BookingScript.RecordAsync(chat, Reference, FirstAction, SecondAction);
        await chat.ExpectBotTextCountAsync("2 open, 0 done", 3, "action-lists-sent");

        await manager.GoToAsync("My actions", "My actions", "manager-my-actions");
        await manager.ExpectTextAsync(SecondAction, "manager-sees-actions");
        await manager.AssertAccessibleAsync("my-actions");
        await manager.MarkDoneAsync(FirstAction, "manager-marks-done-on-board");
        await manager.ExpectTextAsync("Marked done. The action list is updated for everyone.", "board-says-marked-done");
        await manager.ExpectNoTextAsync(FirstAction, "board-no-longer-lists-it");
        await manager.AssertAccessibleAsync("my-actions-marked");
        await chat.ExpectBotTextCountAsync("1 open, 1 done", 3, "board-tick-updates-every-card");
        await chat.ExpectBotTextCountAsync("2 open, 0 done", 0, "no-card-left-behind");

        await chat.TypeAsync("my actions");
        await chat.ExpectCardAsync(MyActions, "chat-my-actions", SecondAction);
        await chat.ClickCardButtonAsync(MyActions, "Mark done", "chat-mark-done");
        await chat.ExpectBotTextCountAsync("0 open, 2 done", 3, "chat-tick-updates-every-card");
        await manager.ReloadAsync("board-reloaded");
        await manager.ExpectTextAsync("You have no open actions.", "board-shows-chat-tick");
    }
}
