using CaseBot.EndToEnd.Tests.Support;

namespace CaseBot.EndToEnd.Tests.Journeys;

/// <summary>
/// <c>status REF</c> and <c>audit REF</c>: the case's lead sees the status card, and so does OH advice-line staff (Patti Fernandez,
/// configured as such); someone with no part in the case (Isaiah Langer) gets exactly the answer for a case that does not exist; and
/// the admin (Lynne Robbins) exports the case's audit trail, a CSV file that lists both of those lookups, who made them and what
/// each was answered. The others are members of the Playground's mock tenant (PlaygroundTenant) sending through its HTTP API into
/// the same chat, so the page shows every reply; the request log shows whom each went to.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class StatusJourneyTests(SandboxFixture fixture)
{
    private const string Reference = "HR-2026-0303";

    // A line of the status card (and of no other message here), counted to tell one copy of the card from the next.
    private const string StatusCardLine = "Stage, dates and roles only";

    [Fact]
    public async Task Status_ByTheLeadAndTheAdviceLine_ShowsCard_ByAStranger_SaysNoCaseFound_AndTheAdminsAuditListsTheLookups()
    {
        var chat = await fixture.Sandbox.OpenChatAsync("status");
        await TriageScript.ToCmmAsync(chat, Reference);
        await chat.ClickButtonAsync("No", "plan-later");
        await chat.ExpectBotTextAsync("whenever you're ready", "later");

        await chat.TypeAsync($"status {Reference}");
        await chat.ExpectCardAsync($"Case {Reference}", "lead-status-card", "Meeting recommended", "Case Management Meeting", "Not booked yet");

        await chat.StepAsync("advice-line-asks", () => fixture.Sandbox.SendAsAsync(PlaygroundTenant.AdviceLine, $"status {Reference}"));
        await chat.ExpectBotTextCountAsync(StatusCardLine, 2, "advice-line-status-card");
        await chat.ExpectCardAsync($"Case {Reference}", "advice-line-status-card-content", "Meeting recommended", "Case Management Meeting", "Not booked yet");

        await chat.StepAsync("stranger-asks", () => fixture.Sandbox.SendAsAsync(PlaygroundTenant.Stranger, $"status {Reference}"));
        await chat.ExpectBotTextAsync("No case found with that reference.", "stranger-no-case");

        // The page shows every reply in this chat, whoever asked: the request log shows this one went to the stranger.
        await chat.ExpectInRequestLogAsync("No case found", $"\"id\": \"{PlaygroundTenant.Stranger}\"", "stranger-reply-recipient");

        await chat.StepAsync("admin-asks-audit", () => fixture.Sandbox.SendAsAsync(PlaygroundTenant.Admin, $"audit {Reference}"));
        await chat.ExpectBotTextAsync($"Audit trail for case {Reference}:", "audit-exported");
        await chat.ExpectBotTextAsync("(CSV attached)", "audit-csv-attached");

        // The Playground cannot show a text/csv attachment (it renders this placeholder); the file is in the request the bot sent.
        await chat.ExpectPlaygroundTextAsync("text/csv is not supported yet", "audit-csv-placeholder");
        await chat.ExpectInRequestLogAsync("Audit trail for case", $"\"id\": \"{PlaygroundTenant.Admin}\"", "audit-reply-recipient");
        var csv = await chat.ReadAttachmentAsync("Audit trail for case", $"audit-{Reference}.csv", "audit-csv");

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,at_utc,tenant_id,actor_aad_object_id,action,outcome,case_id,case_reference", rows[0]);
        Assert.All(rows.Skip(1), row => Assert.EndsWith("," + Reference, row, StringComparison.Ordinal));
        Assert.Single(rows, row => row.Contains($",{PlaygroundTenant.AdviceLineObjectId},case.lookup,shown,", StringComparison.Ordinal));
        Assert.Single(rows, row => row.Contains($",{PlaygroundTenant.StrangerObjectId},case.lookup,denied,", StringComparison.Ordinal));
    }
}
