using CaseBot.EndToEnd.Tests.Support;

namespace CaseBot.EndToEnd.Tests.Journeys;

/// <summary>
/// <c>status REF</c>: the case's lead sees the status card; someone with no part in the case (another member of the Playground's
/// mock tenant, sending through its HTTP API into the same chat) gets exactly the answer for a case that does not exist.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class StatusJourneyTests(SandboxFixture fixture)
{
    private const string Reference = "HR-2026-0303";

    // Isaiah Langer in the Playground's mock tenant: in the offline directory, but neither lead, attendee, advice line nor admin.
    private const string Stranger = "user-id-3";

    [Fact]
    public async Task Status_ByTheLead_ShowsCard_AndByAStranger_SaysNoCaseFound()
    {
        var chat = await fixture.Sandbox.OpenChatAsync("status");
        await TriageScript.ToCmmAsync(chat, Reference);
        await chat.ClickButtonAsync("No", "plan-later");
        await chat.ExpectBotTextAsync("whenever you're ready", "later");

        await chat.TypeAsync($"status {Reference}");
        await chat.ExpectCardAsync($"Case {Reference}", "lead-status-card", "Meeting recommended", "Case Management Meeting", "Not booked yet");

        await chat.StepAsync("stranger-asks", () => fixture.Sandbox.SendAsAsync(Stranger, $"status {Reference}"));
        await chat.ExpectBotTextAsync("No case found with that reference.", "stranger-no-case");

        // The page shows every reply in this chat, whoever asked: the request log shows this one went to the stranger.
        await chat.ExpectInRequestLogAsync("No case found", $"\"id\": \"{Stranger}\"", "stranger-reply-recipient");
    }
}
