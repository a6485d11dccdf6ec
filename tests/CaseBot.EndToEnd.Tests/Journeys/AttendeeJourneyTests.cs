using System.Globalization;
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
        await chat.ClickButtonAsync("Yes", "plan-now");
        foreach (var (answer, next, step) in new[]
        {
            ("meganb@example.com", "Who is the EPS caseworker?", "clinician"), ("adelev@example.com", "Anyone else to invite", "caseworker"),
            ("no one else", "Why is the meeting being called", "others"), ("Agree the adjustments and who does what.", "How long should the meeting be?", "purpose"),
            ("1 hour", "Where will it be held?", "duration"), ("online", "These times are free for everyone", "venue"),
        })
        {
            await chat.TypeAsync(answer);
            await chat.ExpectBotTextAsync(next, step);
        }

        await chat.PickFirstChoiceAsync("These times are free for everyone", "first-slot");
        await chat.ExpectBotTextAsync("Shall I book it?", "book-asked");
        await chat.ClickButtonAsync("Yes", "book");
        await chat.ExpectCardAsync("Case Management Meeting booked", "booked-card", Reference);

        // Sent by the outbox, not as a reply: proactive messages into the Playground chat.
        await chat.ExpectCardAsync("Case Management Meeting: agenda", "agenda-card", $"Case {Reference}", "Draft agenda");
        await chat.ExpectCardAsync("Your role:", "roles-card", "Your responsibilities");

        await chat.TypeAsync($"record {Reference}");
        await chat.ExpectCardAsync("Record the Case Management Meeting", "record-form", $"Case {Reference}");
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        await chat.StepAsync("record-filled", async () =>
        {
            var form = chat.Card("Record the Case Management Meeting");
            await form.GetByPlaceholder("e.g. Phased return").FillAsync("Phased return over four weeks agreed");
            await form.GetByPlaceholder("What needs doing").First.FillAsync(Action);
            await chat.SelectOptionAsync(form, "Alex Wilber");
            var dueBox = form.GetByPlaceholder("Select a date...").First;
            await dueBox.FillAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

            // Typed, then Enter to take it. Enter may open the calendar, which hides the rest of the page from the accessibility tree
            // (aria-hidden), so the card is no longer found by its heading: Escape goes to the focused box by keyboard instead.
            await chat.Page.Keyboard.PressAsync("Enter");
            await chat.Page.Keyboard.PressAsync("Escape");
        });
        await chat.ClickButtonAsync("Save the record", "record-saved");
        await chat.ExpectBotTextAsync("The record is saved and sent to the attendees", "record-summary");

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
