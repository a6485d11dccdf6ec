using System.Text.Json;
using CaseBot.Bot.Delivery;
using CaseBot.Bot.Tests.Storage;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.CriticalCases;
using CaseBot.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.Delivery;

/// <summary>
/// The background worker as the host runs it (over SQLite, fake clock): a message saved by this instance goes out at once, one saved
/// by another instance at the next poll. The clock only moves when a test moves it, so a delivery with a still clock was woken.
/// </summary>
public sealed class OutboxDeliveryServiceTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly TempFolder _folder = new();
    private readonly List<DeliveryInstance> _instances = [];
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await _connector.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task ExecuteAsync_MessageSavedByThisInstance_GoesOutWithoutWaitingForThePoll()
    {
        var (caseId, _) = await SeedAsync();
        var sut = await StartAsync(worker: true);
        await _connector.WaitForActivitiesAsync(1);

        await Notify(sut, caseId, "Second");

        Assert.Equal("Second", (await _connector.WaitForActivitiesAsync(2))[1].Text);
    }

    [Fact]
    public async Task ExecuteAsync_MessageSavedByAnotherInstance_GoesOutAtTheNextPoll()
    {
        var (caseId, writer) = await SeedAsync();
        await StartAsync(worker: true);
        await _connector.WaitForActivitiesAsync(1);

        await Notify(writer, caseId, "Second");
        var delivered = _connector.WaitForActivitiesAsync(2);
        while (!delivered.IsCompleted)
        {
            // The worker may not be waiting yet when the clock moves; keep moving it until the poll it waits for has passed.
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(delivered, Task.Delay(TimeSpan.FromMilliseconds(20)));
        }

        Assert.Equal("Second", (await delivered)[1].Text);
    }

    // A case with one queued message, saved by an instance without a worker; the worker's first round sends it, so once it has
    // arrived the worker is past its first claim and the next message can only go out when something wakes it.
    private async Task<(Guid CaseId, DeliveryInstance Writer)> SeedAsync()
    {
        var writer = await StartAsync(worker: false);
        var criticalCase = TestCriticalCases.Open("HR-7", _clock.GetUtcNow());
        await writer.Cases.AddAsync(criticalCase, default);
        var reference = new ConversationReference
        {
            User = new ChannelAccount("29:c", aadObjectId: TestCriticalCases.ClinicianId),
            Bot = new ChannelAccount("28:casebot"),
            Conversation = new ConversationAccount("a:c", "personal", TestCriticalCases.Tenant),
            ServiceUrl = _connector.ServiceUrl,
        };
        await writer.References.SaveAsync(TestCriticalCases.Tenant, TestCriticalCases.ClinicianId, StoredReferences.ToJson(reference), _clock.GetUtcNow(), default);
        await Notify(writer, criticalCase.Id, "First");
        return (criticalCase.Id, writer);
    }

    private async Task Notify(DeliveryInstance instance, Guid caseId, string text)
    {
        var criticalCase = (await instance.Cases.FindByIdAsync(caseId, default))!;
        criticalCase.AddKeyDate(_clock.GetUtcNow(), "Update");
        var payload = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = text }, BotJson.Options);
        await instance.Cases.UpdateAsync(criticalCase, TestCriticalCases.LeadId, [new CaseNotice("reminder", TestCriticalCases.ClinicianId, null, payload, text)], default);
    }

    private async Task<DeliveryInstance> StartAsync(bool worker)
    {
        var settings = StorageInstance.SqliteSettings();
        settings["Delivery:Enabled"] = worker ? "true" : "false";
        var instance = await DeliveryInstance.StartAsync(settings, _folder.Path, _clock);
        _instances.Add(instance);
        return instance;
    }
}
