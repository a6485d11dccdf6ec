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

/// <summary>
/// Proactive delivery through the outbox against a real database (SQLite or PostgreSQL, by deriving) and a loopback Connector:
/// messages are queued with the case change that caused them, claimed under a lease, sent once, retried, updated, or given up
/// with a note to the lead. Tests are <see cref="StorageFactAttribute"/>s so the PostgreSQL class is skipped without a server.
/// </summary>
public abstract partial class OutboxDeliveryTests : IAsyncLifetime
{
    protected const string LeadChat = "a:lead-chat";
    protected const string ClinicianChat = "a:clinician-chat";
    private readonly List<DeliveryInstance> _instances = [];

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    protected FakeConnector Connector { get; private set; } = null!;

    private protected DeliveryInstance Sut { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Sut = await StartInstanceAsync();
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await Connector.DisposeAsync();
    }

    /// <summary>The storage settings of every instance of this test (the same database for all).</summary>
    protected abstract IReadOnlyDictionary<string, string?> StorageSettings { get; }

    protected abstract string ContentRoot { get; }

    /// <summary>Another process over the same database.</summary>
    private protected async Task<DeliveryInstance> StartInstanceAsync(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(StorageSettings);
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var instance = await DeliveryInstance.StartAsync(settings, ContentRoot, Clock);
        _instances.Add(instance);
        return instance;
    }

    /// <summary>A case led by <see cref="TestCriticalCases.Lead"/>, with a meeting booked (so the clinician attends as OH Clinician).</summary>
    private protected async Task<CriticalCase> OpenCaseAsync(DeliveryInstance instance, string reference = "HR-1")
    {
        var criticalCase = TestCriticalCases.Open(reference, Clock.GetUtcNow());
        await instance.Cases.AddAsync(criticalCase, default);
        var saved = (await instance.Cases.FindByIdAsync(criticalCase.Id, default))!;
        saved.Book(TestCriticalCases.Plan(saved), new BookedMeeting("event-1", null, null, null), Clock.GetUtcNow());
        await instance.Cases.UpdateAsync(saved, TestCriticalCases.LeadId, default);
        return (await instance.Cases.FindByIdAsync(criticalCase.Id, default))!;
    }

    /// <summary>Saves a change to the case carrying <paramref name="notices"/>, as a dialog would.</summary>
    private protected async Task NotifyAsync(DeliveryInstance instance, Guid caseId, params CaseNotice[] notices)
    {
        var criticalCase = (await instance.Cases.FindByIdAsync(caseId, default))!;
        criticalCase.AddKeyDate(Clock.GetUtcNow(), "Update");
        await instance.Cases.UpdateAsync(criticalCase, TestCriticalCases.LeadId, notices, default);
    }

    protected static CaseNotice Card(string kind, string recipient, string text, string? key = null)
        => new(kind, recipient, null, Payload(text), key ?? $"{kind}/{recipient}/{text}");

    protected static string Payload(string text) => JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = text }, BotJson.Options);

    /// <summary>Stores the reference a person's 1:1 chat left behind (as the middleware would), pointing at the fake Connector.</summary>
    private protected Task RememberChatAsync(DeliveryInstance instance, string aadObjectId, string conversationId, string userId = "29:someone")
    {
        var reference = new ConversationReference
        {
            User = new ChannelAccount(userId, aadObjectId: aadObjectId),
            Bot = new ChannelAccount("28:casebot"),
            Conversation = new ConversationAccount(conversationId, "personal", TestCriticalCases.Tenant),
            ChannelId = "msteams",
            ServiceUrl = Connector.ServiceUrl,
        };
        return instance.References.SaveAsync(TestCriticalCases.Tenant, aadObjectId, StoredReferences.ToJson(reference), Clock.GetUtcNow(), default);
    }

    protected IReadOnlyList<ConnectorCall> Posts(string conversationId)
        => [.. Connector.Calls.Where(c => !c.Failed && c.Method == "POST" && c.Path == $"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities")];
}
