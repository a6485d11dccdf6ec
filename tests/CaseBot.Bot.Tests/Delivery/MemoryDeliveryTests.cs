using System.Text.Json;
using CaseBot.Bot.Delivery;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.CriticalCases;
using CaseBot.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.Delivery;

/// <summary>Storage:Provider=Memory delivers too: the in-memory case repository queues notices in an in-memory outbox the same worker drains.</summary>
public sealed class MemoryDeliveryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private FakeConnector _connector = null!;
    private DeliveryInstance _sut = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _sut = await DeliveryInstance.StartAsync(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" }, Path.GetTempPath(), _clock);
    }

    public async Task DisposeAsync()
    {
        await _sut.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task RunOnceAsync_MemoryMode_DeliversEachNoticeOnce()
    {
        var criticalCase = TestCriticalCases.Open("HR-9", _clock.GetUtcNow());
        await _sut.Cases.AddAsync(criticalCase, default);
        await RememberAsync();
        var saved = (await _sut.Cases.FindByIdAsync(criticalCase.Id, default))!;
        saved.AddKeyDate(_clock.GetUtcNow(), "Update");
        await _sut.Cases.UpdateAsync(saved, TestCriticalCases.LeadId, [Notice("Agenda", "k1"), Notice("Roles", "k2"), Notice("Agenda again", "k1")], default);

        await _sut.DrainAsync();
        await _sut.DrainAsync();

        Assert.Equal(["Agenda", "Roles"], _connector.Activities.Select(a => a.Text).Order());
        Assert.IsType<InMemoryOutboxStore>(_sut.Outbox);
    }

    [Fact]
    public async Task RunOnceAsync_MemoryModeThrottled_RetriesAfterTheWait()
    {
        var criticalCase = TestCriticalCases.Open("HR-9", _clock.GetUtcNow());
        await _sut.Cases.AddAsync(criticalCase, default);
        await RememberAsync();
        var saved = (await _sut.Cases.FindByIdAsync(criticalCase.Id, default))!;
        saved.AddKeyDate(_clock.GetUtcNow(), "Update");
        await _sut.Cases.UpdateAsync(saved, TestCriticalCases.LeadId, [Notice("Agenda", "k1")], default);
        _connector.FailNext(429, retryAfterSeconds: 5);

        await _sut.DrainAsync();
        _clock.Advance(TimeSpan.FromSeconds(5));
        await _sut.DrainAsync();

        Assert.Equal([true, false], _connector.Calls.Select(c => c.Failed));
    }

    private Task RememberAsync()
    {
        var reference = new ConversationReference
        {
            User = new ChannelAccount("29:c", aadObjectId: TestCriticalCases.ClinicianId),
            Bot = new ChannelAccount("28:casebot"),
            Conversation = new ConversationAccount("a:c", "personal", TestCriticalCases.Tenant),
            ServiceUrl = _connector.ServiceUrl,
        };
        return _sut.References.SaveAsync(TestCriticalCases.Tenant, TestCriticalCases.ClinicianId, StoredReferences.ToJson(reference), _clock.GetUtcNow(), default);
    }

    private static CaseNotice Notice(string text, string key)
        => new("agenda", TestCriticalCases.ClinicianId, null, JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = text }, BotJson.Options), key);
}
