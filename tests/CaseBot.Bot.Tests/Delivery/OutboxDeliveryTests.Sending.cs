using System.Text.Json;
using CaseBot.Bot.Delivery;
using CaseBot.Bot.Tests.Storage;
using CaseBot.Bot.Tests.Support;

namespace CaseBot.Bot.Tests.Delivery;

public abstract partial class OutboxDeliveryTests
{
    [StorageFact]
    public async Task RunOnceAsync_StoredReference_PostsToThatChatAndRecordsWhere()
    {
        var criticalCase = await OpenCaseAsync(Sut);
        await RememberChatAsync(Sut, TestCriticalCases.ClinicianId, ClinicianChat);
        await NotifyAsync(Sut, criticalCase.Id, Card("agenda", TestCriticalCases.ClinicianId, "Agenda"));

        await Sut.RunOnceAsync();

        var post = Assert.Single(Connector.Calls);
        Assert.Equal(("POST", $"/v3/conversations/{Uri.EscapeDataString(ClinicianChat)}/activities"), (post.Method, post.Path));
        Assert.Equal(("Agenda", "28:casebot", "29:someone", null), (post.Activity!.Text, post.Activity.From?.Id, post.Activity.Recipient?.Id, post.Activity.ReplyToId));
        var row = Assert.Single(await Sut.RowsAsync());
        Assert.Equal((Clock.GetUtcNow(), ClinicianChat, Connector.ServiceUrl, 1, false), (row.SentAt, row.SentConversationId, row.ServiceUrl, row.Attempts, row.Failed));
        Assert.StartsWith("msg-", row.SentActivityId, StringComparison.Ordinal);
        Assert.Null(row.ClaimedBy);
    }

    [StorageFact]
    public async Task RunOnceAsync_NoStoredReference_CreatesTheOneToOneChatThenPosts()
    {
        var criticalCase = await OpenCaseAsync(Sut);
        await RememberChatAsync(Sut, TestCriticalCases.LeadId, LeadChat);
        await NotifyAsync(Sut, criticalCase.Id, Card("agenda", TestCriticalCases.ClinicianId, "Agenda"));

        await Sut.RunOnceAsync();

        Assert.Equal(["POST /v3/conversations", "POST /v3/conversations/a%3Acreated-1/activities"], Connector.Calls.Select(c => $"{c.Method} {c.Path}"));
        using var create = JsonDocument.Parse(Connector.Calls[0].Body);
        var body = create.RootElement;
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("28:casebot", body.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal(TestCriticalCases.ClinicianId, Assert.Single(body.GetProperty("members").EnumerateArray().ToList()).GetProperty("id").GetString());
        Assert.Equal(TestCriticalCases.Tenant, body.GetProperty("tenantId").GetString());
        Assert.Equal(TestCriticalCases.Tenant, body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("a:created-1", (await Sut.References.FindAsync(TestCriticalCases.Tenant, TestCriticalCases.ClinicianId, default))!.Conversation!.Id);
    }

    [StorageFact]
    public async Task RunOnceAsync_NoReferenceInTheTenant_UsesTheConfiguredServiceUrlAndAppId()
    {
        var sut = await StartInstanceAsync(new() { ["Delivery:DefaultServiceUrl"] = Connector.ServiceUrl, ["MicrosoftAppId"] = "app-1" });
        var criticalCase = await OpenCaseAsync(sut);
        await NotifyAsync(sut, criticalCase.Id, Card("agenda", TestCriticalCases.ClinicianId, "Agenda"));

        await sut.RunOnceAsync();

        Assert.Contains("\"bot\":{\"id\":\"28:app-1\"}", Connector.Calls[0].Body, StringComparison.Ordinal);
        Assert.Single(Posts("a:created-1"));
    }

    [StorageFact]
    public async Task RunOnceAsync_AppNotInstalledForTheAttendee_FailsAndTellsTheLeadOnceByRole()
    {
        var criticalCase = await OpenCaseAsync(Sut);
        await RememberChatAsync(Sut, TestCriticalCases.LeadId, LeadChat);
        await NotifyAsync(Sut, criticalCase.Id, Card("agenda", TestCriticalCases.ClinicianId, "Agenda"));
        Connector.FailNext(403, errorCode: "BotNotInConversationRoster");

        await Sut.DrainAsync();
        await Sut.DrainAsync();

        var failed = (await Sut.RowsAsync()).Single(r => r.Kind == "agenda");
        Assert.Equal((true, DeliveryCodes.NotInstalled, (DateTimeOffset?)null), (failed.Failed, failed.FailureCode, failed.SentAt));
        var note = Assert.Single(Posts(LeadChat)).Activity!.Text!;
        Assert.Contains("HR-1", note, StringComparison.Ordinal);
        Assert.Contains("the attendee in the role OH Clinician", note, StringComparison.Ordinal);
        Assert.Contains("install CaseBot", note, StringComparison.Ordinal);
        Assert.DoesNotContain("Olive", note, StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task RunOnceAsync_ThrottledWithRetryAfter_WaitsExactlyThatLongThenSends()
    {
        var criticalCase = await OpenCaseAsync(Sut);
        await RememberChatAsync(Sut, TestCriticalCases.ClinicianId, ClinicianChat);
        await NotifyAsync(Sut, criticalCase.Id, Card("agenda", TestCriticalCases.ClinicianId, "Agenda"));
        Connector.FailNext(429, retryAfterSeconds: 30);
        await Sut.RunOnceAsync();
        var waiting = Assert.Single(await Sut.RowsAsync());

        Clock.Advance(TimeSpan.FromSeconds(29));
        var early = await Sut.RunOnceAsync();
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Sut.RunOnceAsync();

        Assert.Equal((1, Clock.GetUtcNow(), (string?)null), (waiting.Attempts, waiting.DueAt, waiting.ClaimedBy));
        Assert.Equal(0, early);
        Assert.Equal([true, false], Connector.Calls.Select(c => c.Failed));
        Assert.Equal(2, Assert.Single(await Sut.RowsAsync()).Attempts);
    }

    [StorageFact]
    public async Task RunOnceAsync_ServerKeepsFailing_GivesUpAfterMaxAttempts()
    {
        var sut = await StartInstanceAsync(new() { ["Delivery:MaxAttempts"] = "3" });
        var criticalCase = await OpenCaseAsync(sut);
        await RememberChatAsync(sut, TestCriticalCases.ClinicianId, ClinicianChat);
        await NotifyAsync(sut, criticalCase.Id, Card("agenda", TestCriticalCases.ClinicianId, "Agenda"));
        for (var i = 0; i < 5; i++)
        {
            Connector.FailNext(503);
        }

        for (var i = 0; i < 5; i++)
        {
            await sut.RunOnceAsync();
            Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var row = Assert.Single(await sut.RowsAsync());
        Assert.Equal((true, DeliveryCodes.RetriesExhausted, 3), (row.Failed, row.FailureCode, row.Attempts));
        Assert.Equal(3, Connector.Calls.Count);
    }
}
