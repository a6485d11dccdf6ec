using CaseBot.Bot.Tests.Storage;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Bot.Tests.Delivery;

public abstract partial class OutboxDeliveryTests
{
    [StorageFact]
    public async Task RunOnceAsync_UpdateOf_ReplacesTheCardSentToEachRecipient()
    {
        var criticalCase = await OpenCaseAsync(Sut);
        await RememberChatAsync(Sut, TestCriticalCases.LeadId, LeadChat);
        await RememberChatAsync(Sut, TestCriticalCases.ClinicianId, ClinicianChat);
        await NotifyAsync(Sut, criticalCase.Id, Card("actions", TestCriticalCases.LeadId, "Actions v1"), Card("actions", TestCriticalCases.ClinicianId, "Actions v1"));
        await Sut.DrainAsync();
        var sent = (await Sut.RowsAsync()).ToDictionary(r => r.SentConversationId!, r => r.SentActivityId!);

        await NotifyAsync(Sut, criticalCase.Id, new CaseNotice("actions", null, null, Payload("Actions v2"), "actions/v2", UpdateOf: "actions"));
        await Sut.DrainAsync();

        var puts = Connector.Calls.Where(c => c.Method == "PUT").ToList();
        Assert.Equal(
            new[] { LeadChat, ClinicianChat }.Select(chat => $"/v3/conversations/{Uri.EscapeDataString(chat)}/activities/{sent[chat]}").Order(),
            puts.Select(p => p.Path).Order());
        Assert.All(puts, p => Assert.Equal("Actions v2", p.Activity!.Text));
        Assert.Equal(2, Connector.Calls.Count(c => c.Method == "POST"));
        Assert.NotNull((await Sut.RowsAsync()).Single(r => r.DedupKey == "actions/v2").SentAt);
    }

    [StorageFact]
    public async Task RunOnceAsync_UpdateBeforeItsOriginalIsOut_WaitsThenReplacesIt()
    {
        var criticalCase = await OpenCaseAsync(Sut);
        await RememberChatAsync(Sut, TestCriticalCases.ClinicianId, ClinicianChat);
        Connector.FailNext(429, retryAfterSeconds: 10);
        await NotifyAsync(
            Sut, criticalCase.Id, Card("actions", TestCriticalCases.ClinicianId, "Actions v1"), new CaseNotice("actions", null, null, Payload("Actions v2"), "actions/v2", UpdateOf: "actions"));

        await Sut.DrainAsync();
        var beforeOriginal = Connector.Calls.Count(c => !c.Failed);
        Clock.Advance(TimeSpan.FromSeconds(10));
        await Sut.DrainAsync();
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Sut.DrainAsync();

        Assert.Equal(0, beforeOriginal);
        Assert.Equal(["POST Actions v1", "PUT Actions v2"], Connector.Calls.Where(c => !c.Failed).Select(c => $"{c.Method} {c.Activity!.Text}"));
    }
}
