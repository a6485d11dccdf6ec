using System.Globalization;
using Microsoft.Playwright;

namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>
/// After triage to a Case Management Meeting: plan and book it online with Megan Bowen (OH clinician) and Adele Vance (EPS caseworker)
/// at the first free time, and later record it with actions that Alex Wilber (the lead, the page's user) owns; all typed or clicked
/// in the chat as a manager would.
/// </summary>
internal static class BookingScript
{
    /// <summary>From "Shall we plan and book the Case Management Meeting now?" to the booked card and the agenda and roles cards.</summary>
    public static async Task BookCmmOnlineAsync(PlaygroundPage chat, string reference)
    {
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
        await chat.ExpectCardAsync("Case Management Meeting booked", "booked-card", reference);

        // Sent by the outbox, not as a reply: proactive messages into the Playground chat.
        await chat.ExpectCardAsync("Case Management Meeting: agenda", "agenda-card", $"Case {reference}", "Draft agenda");
        await chat.ExpectCardAsync("Your role:", "roles-card", "Your responsibilities");
    }

    /// <summary>"record REF", one decision and <paramref name="actions"/> (one per row, each owned by Alex Wilber, due in two weeks), saved.</summary>
    public static async Task RecordAsync(PlaygroundPage chat, string reference, params string[] actions)
    {
        await chat.TypeAsync($"record {reference}");
        await chat.ExpectCardAsync("Record the Case Management Meeting", "record-form", $"Case {reference}");
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        await chat.StepAsync("record-filled", async () =>
        {
            // Found by its text rather than its heading's role: an open calendar hides the rest of the page from the accessibility tree.
            var form = chat.Page.Locator(".fai-OutputCard", new() { HasText = "Record the Case Management Meeting" }).Last;
            await form.GetByPlaceholder("e.g. Phased return").FillAsync("Phased return over four weeks agreed");
            for (var row = 0; row < actions.Length; row++)
            {
                await form.GetByPlaceholder("What needs doing").Nth(row).FillAsync(actions[row]);
                await form.GetByPlaceholder("Choose the owner").Nth(row).ClickAsync();
                await chat.Page.GetByRole(AriaRole.Option, new() { Name = "Alex Wilber" }).First.ClickAsync();

                // Picking the owner moves the focus on to the date, whose calendar may open: closed again by keyboard.
                await chat.Page.Keyboard.PressAsync("Escape");
            }

            // The dates last: Enter, which takes a typed date, may open the calendar, which hides the rest of the page from the
            // accessibility tree (aria-hidden), so the card's owner lists would no longer be found by role; Escape goes back to the
            // focused box by keyboard.
            for (var row = 0; row < actions.Length; row++)
            {
                await form.GetByPlaceholder("Select a date...").Nth(row).FillAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                await chat.Page.Keyboard.PressAsync("Enter");
                await chat.Page.Keyboard.PressAsync("Escape");
            }
        });
        await chat.ClickButtonAsync("Save the record", "record-saved");
        await chat.ExpectBotTextAsync("The record is saved and sent to the attendees", "record-summary");
    }
}
