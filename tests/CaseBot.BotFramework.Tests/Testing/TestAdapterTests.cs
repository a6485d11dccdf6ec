using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Testing;
using CaseBot.BotFramework.Tests.Support;

namespace CaseBot.BotFramework.Tests.Testing;

/// <summary>The in-memory adapter other projects' conversation tests run on.</summary>
public sealed class TestAdapterTests
{
    [Fact]
    public async Task SendAsync_Text_ReturnsOnlyThisTurnsRepliesAddressedToTheUser()
    {
        var sut = new TestAdapter(conversationId: "a:custom", userId: "29:alice");
        var bot = new DelegateBot((turn, ct) => turn.SendActivityAsync("echo " + turn.Activity.Text, ct));
        await sut.SendAsync("first", bot);

        var result = await sut.SendAsync("second", bot);

        var reply = Assert.Single(result.Replies);
        Assert.Equal("echo second", reply.Text);
        Assert.Equal("29:alice", reply.Recipient!.Id);
        Assert.Equal("a:custom", reply.Conversation!.Id);
        Assert.Equal(2, sut.Sent.Count);
    }

    [Fact]
    public async Task SendAsync_Invoke_ReturnsTheInvokeResponseSeparately()
    {
        var sut = new TestAdapter();
        var bot = new DelegateBot((turn, ct) => turn.SendInvokeResponseAsync(new InvokeResponse(202), ct));

        var result = await sut.SendAsync(sut.MakeActivity(type: ActivityTypes.Invoke), bot);

        Assert.Equal(202, result.InvokeResponse!.Status);
        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task ProcessActivityAsync_Callback_RunsAsTheBotAndReturnsItsReplies()
    {
        var sut = new TestAdapter();

        var result = await sut.ProcessActivityAsync(sut.MakeActivity("ping"), (turn, ct) => turn.SendActivityAsync("pong", ct));

        Assert.Equal(["pong"], result.Texts);
    }

    [Fact]
    public async Task ExecuteActionAsync_VerbAndData_ArriveAsAdaptiveCardInvoke()
    {
        var sut = new TestAdapter();
        Activity? seen = null;
        var bot = new DelegateBot((turn, ct) =>
        {
            seen = turn.Activity;
            return turn.SendInvokeResponseAsync(AdaptiveCardInvokeResponse.Message("done").ToInvokeResponse(), ct);
        });

        var result = await sut.ExecuteActionAsync("approve", new { caseId = 7 }, bot, replyToId: "card-1");

        Assert.Equal(ActivityTypes.Invoke, seen!.Type);
        Assert.Equal(ActivityHandler.AdaptiveCardActionInvokeName, seen.Name);
        Assert.Equal("card-1", seen.ReplyToId);
        var action = seen.Value!.Value.GetProperty("action");
        Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
        Assert.Equal("approve", action.GetProperty("verb").GetString());
        Assert.Equal(7, action.GetProperty("data").GetProperty("caseId").GetInt32());
        Assert.Equal("manual", seen.Value.Value.GetProperty("trigger").GetString());
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, result.CardResponse!.Type);
    }

    [Fact]
    public async Task ExecuteActionAsync_ThroughActivityHandler_ReachesOnAdaptiveCardInvoke()
    {
        var sut = new TestAdapter();

        var result = await sut.ExecuteActionAsync("tick", null, new VerbEcho());

        Assert.Equal(200, result.InvokeResponse!.Status);
        Assert.Equal("verb tick", result.CardResponse!.Value!.Value.GetString());
    }

    [Fact]
    public async Task SubmitAsync_Value_ArrivesAsMessageWithoutText()
    {
        var sut = new TestAdapter();
        Activity? seen = null;
        var bot = new DelegateBot((turn, _) =>
        {
            seen = turn.Activity;
            return Task.CompletedTask;
        });

        await sut.SubmitAsync(new { choice = "yes" }, bot);

        Assert.Equal(ActivityTypes.Message, seen!.Type);
        Assert.Null(seen.Text);
        Assert.Equal("yes", seen.Value!.Value.GetProperty("choice").GetString());
    }

    [Fact]
    public async Task UpdateAndDelete_AreRecorded()
    {
        var sut = new TestAdapter();
        var bot = new DelegateBot(async (turn, ct) =>
        {
            await turn.UpdateActivityAsync(new Activity { Id = "card-1", Text = "updated" }, ct);
            await turn.DeleteActivityAsync("card-2", ct);
        });

        await sut.SendAsync("go", bot);

        Assert.Equal("updated", Assert.Single(sut.Updated).Text);
        Assert.Equal(["card-2"], sut.Deleted);
    }

    [Fact]
    public async Task SendAsync_UsesMiddlewareAndErrorHandler()
    {
        var sut = new TestAdapter();
        var handled = false;
        sut.OnTurnError = (_, _) =>
        {
            handled = true;
            return Task.CompletedTask;
        };

        await sut.SendAsync("x", new DelegateBot((_, _) => throw new InvalidOperationException()));

        Assert.True(handled);
    }

    private sealed class VerbEcho : ActivityHandler
    {
        protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
            ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
            => Task.FromResult(AdaptiveCardInvokeResponse.Message("verb " + invokeValue.Action!.Verb));
    }
}
