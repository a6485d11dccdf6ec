using CaseBot.Bot.Delivery;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CaseBot.Bot.Tests.Delivery;

/// <summary>The turn middleware that remembers each person's 1:1 chat: what it keeps, when it skips the write, and that it never breaks a turn.</summary>
public sealed class ConversationReferenceMiddlewareTests : IDisposable
{
    private const string AadObjectId = "7D1B0D26-0000-0000-0000-0000000000C3";
    private readonly Mock<IConversationReferenceStore> _store = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly TestAdapter _adapter = new();
    private readonly ConversationReferenceMiddleware _sut;
    private readonly List<string> _saved = [];
    private int _turnsRun;

    public ConversationReferenceMiddlewareTests()
    {
        _store.Setup(s => s.SaveAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Callback((string _, string _, string json, DateTimeOffset _, CancellationToken _) => _saved.Add(json))
            .Returns(Task.CompletedTask);
        _sut = new ConversationReferenceMiddleware(_store.Object, _clock, NullLogger<ConversationReferenceMiddleware>.Instance);
    }

    public void Dispose() => _sut.Dispose();

    [Fact]
    public async Task OnTurnAsync_PersonalMessage_SavesTheReferenceWithoutNameOrActivityId()
    {
        await RunAsync(Personal());

        _store.Verify(s => s.SaveAsync("t1", AadObjectId.ToLowerInvariant(), It.IsAny<string>(), _clock.GetUtcNow(), It.IsAny<CancellationToken>()));
        var reference = StoredReferences.Parse(Assert.Single(_saved))!;
        Assert.Equal(("a:chat", "https://smba.example/teams/", "29:user", "28:bot", null), (reference.Conversation!.Id, reference.ServiceUrl, reference.User!.Id, reference.Bot!.Id, reference.ActivityId));
        Assert.Null(reference.User.Name);
        Assert.DoesNotContain("Olive", _saved[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_SameReferenceOnLaterTurns_WritesOnce()
    {
        await RunAsync(Personal());
        await RunAsync(Personal());
        await RunAsync(Personal());

        Assert.Single(_saved);
        Assert.Equal(3, _turnsRun);
    }

    [Fact]
    public async Task OnTurnAsync_ServiceUrlChanged_WritesTheNewOne()
    {
        await RunAsync(Personal());

        await RunAsync(Personal(serviceUrl: "https://smba.example/emea/"));

        Assert.Equal("https://smba.example/emea/", StoredReferences.Parse(_saved[^1])!.ServiceUrl);
        Assert.Equal(2, _saved.Count);
    }

    [Fact]
    public async Task OnTurnAsync_InstallationUpdateAdd_WritesEvenWhenUnchanged()
    {
        await RunAsync(Personal());

        await RunAsync(Personal(ActivityTypes.InstallationUpdate, action: "add"));

        Assert.Equal(2, _saved.Count);
    }

    [Fact]
    public async Task OnTurnAsync_InstallationUpdateRemove_ForgetsTheReference()
    {
        await RunAsync(Personal());

        await RunAsync(Personal(ActivityTypes.InstallationUpdate, action: "remove"));
        await RunAsync(Personal());

        _store.Verify(s => s.DeleteAsync("t1", AadObjectId.ToLowerInvariant(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(2, _saved.Count);
    }

    [Theory]
    [InlineData("groupChat", AadObjectId)]
    [InlineData("channel", AadObjectId)]
    [InlineData("personal", null)]
    public async Task OnTurnAsync_NotAPersonalChatWithAnEntraUser_SavesNothing(string conversationType, string? aadObjectId)
    {
        var activity = Personal();
        activity.Conversation!.ConversationType = conversationType;
        activity.From!.AadObjectId = aadObjectId;

        await RunAsync(activity);

        Assert.Empty(_saved);
        Assert.Equal(1, _turnsRun);
    }

    [Fact]
    public async Task OnTurnAsync_StoreFails_TheTurnStillRuns()
    {
        _store.Setup(s => s.SaveAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("database down"));

        await RunAsync(Personal());

        Assert.Equal(1, _turnsRun);
    }

    private Task RunAsync(Activity activity) => _sut.OnTurnAsync(new TurnContext(_adapter, activity), _ =>
    {
        _turnsRun++;
        return Task.CompletedTask;
    }, default);

    private static Activity Personal(string type = ActivityTypes.Message, string serviceUrl = "https://smba.example/teams/", string? action = null) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        Action = action,
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        From = new ChannelAccount("29:user", "Olive Clinician", AadObjectId),
        Recipient = new ChannelAccount("28:bot", "CaseBot"),
        Conversation = new ConversationAccount("a:chat", "personal", "t1"),
        Text = type == ActivityTypes.Message ? "hello" : null,
    };
}
