using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.State;
using CaseBot.BotFramework.Testing;

namespace CaseBot.Bot.Tests.Storage;

/// <summary>Conversation state written through the SQLite store is there after the process restarts; stale turns cannot overwrite it.</summary>
public sealed class StateRestartTests : IAsyncLifetime
{
    private readonly StorageServices _services = StorageServices.Sqlite();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task ConversationState_AfterRestartOnSqlite_IsStillThere()
    {
        var adapter = new TestAdapter();
        var before = new ConversationState(await _services.StartAsync());
        var context = new BotFramework.Builder.TurnContext(adapter, adapter.MakeActivity("hi"));
        await before.CreateProperty<Progress>("progress").SetAsync(context, new Progress(3, ["a", "b"]));
        await before.SaveChangesAsync(context);

        var after = new ConversationState(await _services.RestartAsync());
        var nextTurn = new BotFramework.Builder.TurnContext(adapter, adapter.MakeActivity("next"));
        var progress = await after.CreateProperty<Progress>("progress").GetAsync(nextTurn);

        Assert.Equal(3, progress!.Step);
        Assert.Equal(["a", "b"], progress.Answers);
        Assert.True(File.Exists(_services.DatabasePath));
    }

    [Fact]
    public async Task ConversationState_TwoTurnsLoadedTogether_SecondSaveIsRejected()
    {
        var storage = await _services.StartAsync();
        var adapter = new TestAdapter();
        var state = new ConversationState(storage);
        var seed = new BotFramework.Builder.TurnContext(adapter, adapter.MakeActivity("seed"));
        await state.CreateProperty<Progress>("progress").SetAsync(seed, new Progress(1, []));
        await state.SaveChangesAsync(seed);

        var turnA = new BotFramework.Builder.TurnContext(adapter, adapter.MakeActivity("a"));
        var turnB = new BotFramework.Builder.TurnContext(adapter, adapter.MakeActivity("b"));
        var property = state.CreateProperty<Progress>("progress");
        await property.SetAsync(turnA, new Progress(2, ["from A"]));
        await property.SetAsync(turnB, new Progress(2, ["from B"]));
        await state.SaveChangesAsync(turnA);

        await Assert.ThrowsAsync<StorageConflictException>(() => state.SaveChangesAsync(turnB));
        var check = new BotFramework.Builder.TurnContext(adapter, adapter.MakeActivity("check"));
        Assert.Equal(["from A"], (await property.GetAsync(check))!.Answers);
    }

    private sealed record Progress(int Step, IReadOnlyList<string> Answers);
}
