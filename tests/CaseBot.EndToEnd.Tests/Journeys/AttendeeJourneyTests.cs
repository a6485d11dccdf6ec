using CaseBot.EndToEnd.Tests.Support;

namespace CaseBot.EndToEnd.Tests.Journeys;

/// <summary>
/// After booking, the cards CaseBot sends on its own (through its outbox, into each person's 1:1 chat) arrive in the Playground: the
/// agenda and the roles card. The lead then records the meeting with an action they own and gets the action list; "my actions" lists
/// the action with "Mark done"; marking it done answers on that card at once and updates every copy of the action list (the lead's
/// and the attendees'); and "my actions" then has nothing open. Alex Wilber (the Playground's user) is lead and action owner.
/// <para>
/// The clinician and caseworker (Megan Bowen, Adele Vance) have CaseBot installed first, as a rollout does, so the bot holds their
/// 1:1 chats. The Playground has one personal chat, so their cards land in the page's chat too: three copies of the agenda and of
/// the action list. (Without the install the bot can only try to create a chat with them, which the Playground answers with 500s,
/// and the retries hold the outbox up for seconds per card.)
/// </para>
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class AttendeeJourneyTests(SandboxFixture fixture)
{
    private const string Reference = "HR-2026-0505";
    private const string Action = "Send the adjustments report to the caseworker";
    private const string MyActions = "Your open actions";
    private const string NoOpenActions = "You have no open actions.";

    [Fact]
    public async Task Lead_GetsAgenda_RecordsAnAction_MarksItDone_AndMyActionsNoLongerListsIt()
    {
        var chat = await fixture.Sandbox.OpenChatAsync("attendee");
        await chat.StepAsync("attendees-install", async () =>
        {
            await fixture.Sandbox.InstallForAsync(PlaygroundTenant.Megan);
            await fixture.Sandbox.InstallForAsync(PlaygroundTenant.Adele);
        });
        await chat.ExpectBotTextCountAsync("Hello, I'm", 3, "attendees-welcomed");
        await TriageScript.ToCmmAsync(chat, Reference);
        await BookingScript.BookCmmOnlineAsync(chat, Reference);
        await BookingScript.RecordAsync(chat, Reference, Action);

        await chat.ExpectCardAsync($"Actions for case {Reference}", "action-list", Action, "1 open, 0 done");

        // All three copies (lead, clinician, caseworker) are sent before the tick, so the tick's update has each of them to replace.
        await chat.ExpectBotTextCountAsync("1 open, 0 done", 3, "action-lists-sent");

        await chat.TypeAsync("my actions");
        await chat.ExpectCardAsync(MyActions, "my-actions", $"Case {Reference} · due", Action);
        await chat.ClickCardButtonAsync(MyActions, "Mark done", "mark-done");

        // The click's answer replaces the card in place (the invoke response); the tick also updates every copy of the action list.
        await chat.ExpectCardAsync(MyActions, "marked-done", "Marked done. The action list is updated for everyone.", NoOpenActions);
        await chat.ExpectBotTextCountAsync("0 open, 1 done", 3, "action-lists-updated");
        await chat.ExpectBotTextCountAsync("1 open, 0 done", 0, "no-list-still-open");
        await chat.ExpectCardAsync($"Actions for case {Reference}", "action-list-done", Action, "0 open, 1 done", "Done");

        await chat.TypeAsync("my actions");
        await chat.ExpectBotTextCountAsync(NoOpenActions, 2, "my-actions-none");
    }
}
