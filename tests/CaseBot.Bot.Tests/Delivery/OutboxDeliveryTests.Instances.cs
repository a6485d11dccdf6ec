using CaseBot.Bot.Tests.Storage;
using CaseBot.Bot.Tests.Support;

namespace CaseBot.Bot.Tests.Delivery;

public abstract partial class OutboxDeliveryTests
{
    [StorageFact]
    public async Task RunOnceAsync_TwoInstancesAtOnce_SendEachMessageExactlyOnce()
    {
        var settings = new Dictionary<string, string?> { ["Delivery:BatchSize"] = "3" };
        var first = await StartInstanceAsync(settings);
        var second = await StartInstanceAsync(settings);
        var criticalCase = await OpenCaseAsync(first);
        await RememberChatAsync(first, TestCriticalCases.ClinicianId, ClinicianChat);
        await NotifyAsync(first, criticalCase.Id, [.. Enumerable.Range(1, 40).Select(i => Card("reminder", TestCriticalCases.ClinicianId, $"Message {i}"))]);

        await Task.WhenAll(Task.Run(first.DrainAsync), Task.Run(second.DrainAsync));

        var texts = Posts(ClinicianChat).Select(c => c.Activity!.Text).ToList();
        Assert.Equal(40, texts.Count);
        Assert.Equal(40, texts.Distinct().Count());
        Assert.All(await first.RowsAsync(), r => Assert.NotNull(r.SentAt));
    }

    [StorageFact]
    public async Task RunOnceAsync_InstanceKilledHoldingAClaim_AnotherSendsItOnceTheLeaseLapses()
    {
        var crashed = await StartInstanceAsync();
        var criticalCase = await OpenCaseAsync(crashed);
        await RememberChatAsync(crashed, TestCriticalCases.ClinicianId, ClinicianChat);
        await NotifyAsync(crashed, criticalCase.Id, Card("agenda", TestCriticalCases.ClinicianId, "Agenda"));
        var claimed = await crashed.Outbox.ClaimAsync("crashed#1", 10, Clock.GetUtcNow(), Clock.GetUtcNow() + TimeSpan.FromMinutes(5), default);
        await crashed.DisposeAsync();

        var whileLeased = await Sut.RunOnceAsync();
        Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        await Sut.RunOnceAsync();

        Assert.Single(claimed);
        Assert.Equal(0, whileLeased);
        Assert.Equal("Agenda", Assert.Single(Posts(ClinicianChat)).Activity!.Text);
    }

    [StorageFact]
    public async Task RunOnceAsync_AfterRestart_SendsWhatWasQueuedBefore()
    {
        var before = await StartInstanceAsync();
        var criticalCase = await OpenCaseAsync(before);
        await RememberChatAsync(before, TestCriticalCases.ClinicianId, ClinicianChat);
        await NotifyAsync(before, criticalCase.Id, Card("agenda", TestCriticalCases.ClinicianId, "Agenda"), Card("roles", TestCriticalCases.ClinicianId, "Roles"));
        await before.DisposeAsync();
        var after = await StartInstanceAsync();

        await after.DrainAsync();

        Assert.Equal(["Agenda", "Roles"], Posts(ClinicianChat).Select(c => c.Activity!.Text).Order());
    }

    [StorageFact]
    public async Task UpdateAsync_SameDedupKeyTwice_IsSentOnce()
    {
        var criticalCase = await OpenCaseAsync(Sut);
        await RememberChatAsync(Sut, TestCriticalCases.ClinicianId, ClinicianChat);
        await NotifyAsync(Sut, criticalCase.Id, Card("agenda", TestCriticalCases.ClinicianId, "Agenda", key: "agenda/1"));
        await Sut.DrainAsync();

        await NotifyAsync(Sut, criticalCase.Id, Card("agenda", TestCriticalCases.ClinicianId, "Agenda again", key: "agenda/1"));
        await Sut.DrainAsync();

        Assert.Equal("Agenda", Assert.Single(Posts(ClinicianChat)).Activity!.Text);
    }
}
