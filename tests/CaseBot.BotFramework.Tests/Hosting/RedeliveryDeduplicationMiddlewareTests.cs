using System.Text.Json;
using CaseBot.BotFramework.Hosting;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.State;
using CaseBot.BotFramework.Testing;
using CaseBot.BotFramework.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
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
}
