using CaseBot.EndToEnd.Tests.Support;

namespace CaseBot.EndToEnd.Tests.Journeys;

/// <summary>
/// A manager triages a case to a Case Conference, then plans and books it in the same chat: people by email in the card's box
/// (the Teams people picker has no directory offline), the individual skipped, their representative invited, the first free time
/// picked, and the offline calendar's .ics invite offered.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ConferenceBookingJourneyTests(SandboxFixture fixture)
{
    private const string Reference = "OH-2026-201";
    private const string EmailBox = "or type their work email address";

    [Fact]
    public async Task Manager_PlansAndBooksCaseConference_SeesBookedCardAndIcsInvite()
    {
        var chat = await fixture.Sandbox.OpenChatAsync("booking-conference");
        await TriageScript.ToConferenceAsync(chat, Reference);

        await chat.ClickButtonAsync("Yes", "plan-now");
        await chat.ExpectBotTextAsync("Who is the OH clinician?", "clinician-asked");
        await chat.FillCardInputAsync(EmailBox, "meganb@example.com", "clinician-typed");
        await chat.ClickButtonAsync("Continue", "clinician");
        await chat.ExpectBotTextAsync("Who is the EPS caseworker?", "caseworker-asked");
        await chat.FillCardInputAsync(EmailBox, "adelev@example.com", "caseworker-typed");
        await chat.ClickButtonAsync("Continue", "caseworker");
        await chat.ExpectBotTextAsync("Will the individual attend?", "individual-asked");
        await chat.ClickButtonAsync("Skip", "individual-skipped");
        await chat.ExpectBotTextAsync("Who is the individual's representative?", "representative-asked");
        await chat.FillCardInputAsync(EmailBox, "rory.rep@union.example.net", "representative-typed");
        await chat.ClickButtonAsync("Continue", "representative");
        await chat.ExpectBotTextAsync("Anyone else to invite", "others-asked");
        await chat.ClickButtonAsync("No one else", "no-one-else");
        await chat.ExpectBotTextAsync("Why is the meeting being called", "purpose-asked");
        await chat.FillCardInputAsync("Type your answer", "Hear the representative's view and agree the next steps.", "purpose-typed");
        await chat.ClickButtonAsync("Send", "purpose");
        await chat.ExpectBotTextAsync("How long should the meeting be?", "duration-asked");
        await chat.ClickButtonAsync("90 minutes", "duration");
        await chat.ExpectBotTextAsync("Where will it be held?", "venue-asked");
        await chat.ClickButtonAsync("Work base", "venue");
        await chat.ExpectBotTextAsync("Which room or address?", "venue-detail-asked");
        await chat.FillCardInputAsync("Type your answer", "Room 4.12, Civic Offices", "venue-detail-typed");
        await chat.ClickButtonAsync("Send", "venue-detail");
        await chat.ExpectBotTextAsync("These times are free for everyone", "slots-offered");
        var slot = await chat.PickFirstChoiceAsync("These times are free for everyone", "first-slot");
        Assert.Matches(@"^\w{3} \d{1,2} \w{3} \d{2}:\d{2}$", slot);
        var time = slot[(slot.LastIndexOf(' ') + 1)..];
        await chat.ExpectCardAsync("Check the Case Conference before booking", "plan-card", Reference, $"{time} to", "1 hour 30 minutes", "Room 4.12, Civic Offices", "Megan Bowen", "Adele Vance", "Rory Rep");
        await chat.ExpectBotTextAsync("Shall I book it?", "book-asked");
        await chat.ClickButtonAsync("Yes", "book");

        await chat.ExpectCardAsync("Case Conference booked", "booked-card", Reference, $"{time} to", "Alex Wilber (organiser)", "Megan Bowen", "Adele Vance", "Rory Rep", "no invitations were sent");
        await chat.ExpectBotTextAsync("Here is the invite to add to your calendar", "ics-offered");

        // The Playground cannot show a text/calendar attachment: it renders this placeholder in its place. The attachment itself
        // (file name, data: URI) is in the request the bot sent, which the Playground's Log Panel shows.
        await chat.ExpectPlaygroundTextAsync("text/calendar is not supported yet", "ics-placeholder");
        await chat.ExpectInRequestLogAsync("Here is the invite", $"\"name\": \"{Reference}-meeting-1.ics\"", "ics-file-name");
        await chat.ExpectInRequestLogAsync("Here is the invite", "\"contentUrl\": \"data:text/calendar;base64,", "ics-data-uri");
    }
}
