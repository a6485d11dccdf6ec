using CaseBot.EndToEnd.Tests.Support;

namespace CaseBot.EndToEnd.Tests.Journeys;

/// <summary>
/// A manager triages a case to a Case Management Meeting and books it: asking to add the individual is refused with the policy's
/// reason (they do not attend a management meeting), and the time is typed rather than picked.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class CmmBookingJourneyTests(SandboxFixture fixture)
{
    private const string Reference = "HR-2026-0202";
    private const string EmailBox = "or type their work email address";

    [Fact]
    public async Task Manager_AddingTheIndividualToCmm_IsRefused_ThenBooksTheMeeting()
    {
        var chat = await fixture.Sandbox.OpenChatAsync("booking-cmm");
        await TriageScript.ToCmmAsync(chat, Reference);

        await chat.ClickButtonAsync("Yes", "plan-now");
        await chat.ExpectBotTextAsync("Who is the OH clinician?", "clinician-asked");
        await chat.FillCardInputAsync(EmailBox, "meganb@example.com", "clinician-typed");
        await chat.ClickButtonAsync("Continue", "clinician");
        await chat.ExpectBotTextAsync("Who is the EPS caseworker?", "caseworker-asked");
        await chat.TypeAsync("adelev@example.com");
        await chat.ExpectBotTextAsync("Anyone else to invite", "others-asked");
        await chat.ClickButtonAsync("The individual", "individual-picked");
        await chat.ExpectBotTextAsync("do not attend a management meeting", "individual-refused");
        await chat.ExpectBotTextCountAsync("Anyone else to invite", 2, "others-asked-again");
        await chat.ClickButtonAsync("No one else", "no-one-else");
        await chat.ExpectBotTextAsync("Why is the meeting being called", "purpose-asked");
        await chat.TypeAsync("Agree whether the adjustments are reasonable and a plan for the next three months.");
        await chat.ExpectBotTextAsync("How long should the meeting be?", "duration-asked");
        await chat.TypeAsync("1h30");
        await chat.ExpectBotTextAsync("Where will it be held?", "venue-asked");
        await chat.ClickButtonAsync("Online only (Teams)", "venue");
        await chat.ExpectBotTextAsync("These times are free for everyone", "slots-offered");
        await chat.TypeAsync("another time");
        await chat.ExpectBotTextAsync("When should it start?", "time-asked");
        await chat.TypeAsync("next Tuesday at 10am");
        await chat.ExpectCardAsync("Check the Case Management Meeting before booking", "plan-card", Reference, "10:00 to 11:30", "Online only", "Megan Bowen", "Adele Vance");
        await chat.ExpectBotTextAsync("Shall I book it?", "book-asked");
        await chat.ClickButtonAsync("Yes", "book");

        await chat.ExpectCardAsync("Case Management Meeting booked", "booked-card", Reference, "10:00 to 11:30", "Alex Wilber (organiser)", "no invitations were sent");
        await chat.ExpectBotTextAsync("Here is the invite to add to your calendar", "ics-offered");
        await chat.ExpectInRequestLogAsync("Here is the invite", $"\"name\": \"{Reference}-meeting-1.ics\"", "ics-file-name");
    }
}
