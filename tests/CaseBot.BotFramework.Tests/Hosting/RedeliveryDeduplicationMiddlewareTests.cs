using System.Text.Json;
using CaseBot.BotFramework.Hosting;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.State;
using CaseBot.BotFramework.Testing;
using CaseBot.BotFramework.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.BotFramework.Tests.Hosting;

/// <summary>One activity id in one conversation is processed once, however often the channel delivers it.</summary>
public sealed class RedeliveryDeduplicationMiddlewareTests
{
    private readonly MemoryStorage _storage = new();
    private readonly TestAdapter _adapter = new();
    private readonly DelegateBot _bot = new((turn, ct) => turn.SendActivityAsync("ok", ct));

    public RedeliveryDeduplicationMiddlewareTests()
    {
        var sut = new RedeliveryDeduplicationMiddleware(
            _storage, new FakeTimeProvider(), NullLogger<RedeliveryDeduplicationMiddleware>.Instance);
        _adapter.Use(sut);
    }

    [Fact]
    public async Task OnTurnAsync_SameActivityTwice_BotRunsOnce()
    {
        var activity = _adapter.MakeActivity("hello");

        var first = await _adapter.SendAsync(activity, _bot);
        var second = await _adapter.SendAsync(activity, _bot);

        Assert.Equal(1, _bot.Turns);
        Assert.Single(first.Replies);
        Assert.Empty(second.Replies);
    }

    [Fact]
    public async Task OnTurnAsync_FirstDelivery_ClaimsTheDocumentedKey()
    {
        var activity = _adapter.MakeActivity("hello");

        await _adapter.SendAsync(activity, _bot);

        var key = $"dedup/msteams/{_adapter.Conversation.Id}/{activity.Id}";
        Assert.Single(await _storage.ReadAsync([key], default));
    }

    [Fact]
    public async Task OnTurnAsync_DifferentIds_BothProcessed()
    {
        await _adapter.SendAsync("one", _bot);
        await _adapter.SendAsync("two", _bot);

        Assert.Equal(2, _bot.Turns);
    }

    [Fact]
    public async Task OnTurnAsync_NoActivityId_AlwaysProcessed()
    {
        var activity = _adapter.MakeActivity("hello");
        activity.Id = null;

        await _adapter.SendAsync(activity, _bot);
        await _adapter.SendAsync(activity, _bot);

        Assert.Equal(2, _bot.Turns);
    }

    [Fact]
    public async Task OnTurnAsync_RedeliveredInvoke_Answers200WithoutRunningTheBot()
    {
        var invoke = _adapter.MakeActivity(type: ActivityTypes.Invoke);
        invoke.Name = "adaptiveCard/action";
        invoke.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "x" } });
        await _adapter.SendAsync(invoke, _bot);

        var second = await _adapter.SendAsync(invoke, _bot);

        Assert.Equal(1, _bot.Turns);
        Assert.Equal(200, second.InvokeResponse?.Status);
    }
    [Fact]
    public async Task OnTurnAsync_ClaimLeftInProgressPastItsLease_RedeliveryRunsTheTurn()
    {
        // An instance killed mid-turn leaves its claim in progress for ever; the redelivery to another instance must still be served.
        var clock = new FakeTimeProvider();
        var adapter = new TestAdapter();
        adapter.Use(new RedeliveryDeduplicationMiddleware(
            _storage, clock, NullLogger<RedeliveryDeduplicationMiddleware>.Instance, Options.Create(new RedeliveryOptions { ClaimLease = TimeSpan.FromSeconds(30) })));
        var activity = adapter.MakeActivity("hello");
        var key = $"dedup/msteams/{adapter.Conversation.Id}/{activity.Id}";
        var claimedAt = clock.GetUtcNow().AddMinutes(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new($"{{\"seenAt\":\"{claimedAt}\",\"done\":false}}", null) }, default);

        var result = await adapter.SendAsync(activity, _bot);

        Assert.Equal(1, _bot.Turns);
        Assert.Single(result.Replies);
    }

    [Fact]
    public async Task OnTurnAsync_TurnSavesConversationState_ClaimMarkedDoneInTheSameWrite()
    {
        var storage = new RecordingStorage(_storage);
        var adapter = new TestAdapter();
        adapter.Use(new RedeliveryDeduplicationMiddleware(storage, new FakeTimeProvider(), NullLogger<RedeliveryDeduplicationMiddleware>.Instance));
        var state = new ConversationState(storage);
        var step = state.CreateProperty<int>("step");
        var bot = new DelegateBot(async (turn, ct) =>
        {
            await step.SetAsync(turn, 2, ct);
            await state.SaveChangesAsync(turn, cancellationToken: ct);
        });
        var activity = adapter.MakeActivity("hello");

        await adapter.SendAsync(activity, bot);
        await adapter.SendAsync(activity, bot);

        var key = $"dedup/msteams/{adapter.Conversation.Id}/{activity.Id}";
        Assert.Equal(1, bot.Turns);
        Assert.Contains(storage.Writes, batch => batch.Count == 2 && batch.ContainsKey(key) && batch[key].Json.Contains("\"done\":true", StringComparison.Ordinal));
    }

    private sealed class RecordingStorage(IStorage inner) : IStorage
    {
        public List<IReadOnlyDictionary<string, StoreItem>> Writes { get; } = [];

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
            => inner.ReadAsync(keys, cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
        {
            Writes.Add(new Dictionary<string, StoreItem>(changes));
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
    }
}
