using System.Text.Json;
using CaseBot.Bot.Delivery;
using CaseBot.Bot.Tests.Storage;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.Bot.Tests.Delivery;

/// <summary>Delivery logs say which message, of what kind, and what became of it; never its text, the people or the case.</summary>
public sealed class DeliveryLogPrivacyTests : IAsyncLifetime
{
    private const string Secret = "Olive's phased return after surgery";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly CapturingLoggerProvider _logs = new();
    private readonly TempFolder _folder = new();
    private FakeConnector _connector = null!;
    private DeliveryInstance _sut = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _sut = await DeliveryInstance.StartAsync(StorageInstance.SqliteSettings(), _folder.Path, _clock, _logs);
    }

    public async Task DisposeAsync()
    {
        await _sut.DisposeAsync();
        await _connector.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task RunOnceAsync_SentThrottledAndUnreachable_LogsIdsKindsAndCodesOnly()
    {
        var criticalCase = TestCriticalCases.Open("HR-55", _clock.GetUtcNow());
        await _sut.Cases.AddAsync(criticalCase, default);
        criticalCase = (await _sut.Cases.FindByIdAsync(criticalCase.Id, default))!;
        criticalCase.Book(TestCriticalCases.Plan(criticalCase), new BookedMeeting("event-1", null, null, null), _clock.GetUtcNow());
        var payload = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = Secret }, BotJson.Options);
        await _sut.Cases.UpdateAsync(criticalCase, TestCriticalCases.LeadId, [new CaseNotice("agenda", TestCriticalCases.ClinicianId, null, payload, "k1")], default);
        var reference = new ConversationReference
        {
            User = new ChannelAccount("29:lead", aadObjectId: TestCriticalCases.LeadId),
            Bot = new ChannelAccount("28:casebot"),
            Conversation = new ConversationAccount("a:lead", "personal", TestCriticalCases.Tenant),
            ServiceUrl = _connector.ServiceUrl,
        };
        await _sut.References.SaveAsync(TestCriticalCases.Tenant, TestCriticalCases.LeadId, StoredReferences.ToJson(reference), _clock.GetUtcNow(), default);
        _connector.FailNext(503);
        await _sut.DrainAsync();
        _clock.Advance(TimeSpan.FromMinutes(10));
        _connector.FailNext(403, errorCode: "BotNotInConversationRoster");

        await _sut.DrainAsync();

        var text = _logs.AllText;
        Assert.Contains("server-error", text, StringComparison.Ordinal);
        Assert.Contains("not-installed", text, StringComparison.Ordinal);
        Assert.Contains("(note): sent", text, StringComparison.Ordinal);
        foreach (var leak in new[] { Secret, "Olive", "HR-55", TestCriticalCases.ClinicianId, TestCriticalCases.LeadId, "OH Clinician", "a:lead" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
