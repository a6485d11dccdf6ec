using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Testing;

namespace CaseBot.BotFramework.Tests.Builder;

/// <summary>Dispatch by activity type and botbuilder's Action.Execute validation.</summary>
public sealed class ActivityHandlerTests
{
    private readonly TestAdapter _adapter = new();
    private readonly SpyHandler _sut = new();

    [Fact]
    public async Task OnTurnAsync_Message_CallsOnMessage()
    {
        var result = await _adapter.SendAsync("hi", _sut);

        Assert.Equal(["message: hi"], result.Texts);
    }

    [Fact]
    public async Task OnTurnAsync_MembersAddedIncludingBot_OnlyPeopleGreeted()
    {
        var update = _adapter.MakeActivity(type: ActivityTypes.ConversationUpdate);
        update.MembersAdded = [_adapter.Bot, new ChannelAccount("29:alice"), new ChannelAccount("29:bob")];

        var result = await _adapter.SendAsync(update, _sut);

        Assert.Equal(["added: 29:alice,29:bob"], result.Texts);
    }

    [Fact]
    public async Task OnTurnAsync_OnlyBotAdded_OnMembersAddedNotCalled()
    {
        var update = _adapter.MakeActivity(type: ActivityTypes.ConversationUpdate);
        update.MembersAdded = [_adapter.Bot];

        var result = await _adapter.SendAsync(update, _sut);

        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task OnTurnAsync_MembersRemovedIncludingBot_OnlyPeopleReported()
    {
        var update = _adapter.MakeActivity(type: ActivityTypes.ConversationUpdate);
        update.MembersRemoved = [_adapter.Bot, new ChannelAccount("29:carol")];

        var result = await _adapter.SendAsync(update, _sut);

        Assert.Equal(["removed: 29:carol"], result.Texts);
    }

    [Fact]
    public async Task OnTurnAsync_OnlyBotRemoved_OnMembersRemovedNotCalled()
    {
        var update = _adapter.MakeActivity(type: ActivityTypes.ConversationUpdate);
        update.MembersRemoved = [_adapter.Bot];

        var result = await _adapter.SendAsync(update, _sut);

        Assert.Empty(result.Replies);
    }

    [Theory]
    [InlineData("add", "installed")]
    [InlineData("add-upgrade", "installed")]
    [InlineData("remove", "uninstalled")]
    [InlineData("remove-upgrade", "uninstalled")]
    public async Task OnTurnAsync_InstallationUpdate_DispatchesByAction(string action, string expected)
    {
        var update = _adapter.MakeActivity(type: ActivityTypes.InstallationUpdate);
        update.Action = action;

        var result = await _adapter.SendAsync(update, _sut);

        Assert.Equal([expected], result.Texts);
    }

    [Fact]
    public async Task OnTurnAsync_ActionExecute_ReturnsHandlersResponseWith200()
    {
        var result = await _adapter.SendAsync(Invoke(new { action = new { type = "Action.Execute", verb = "approve", data = new { caseId = 7 } } }), _sut);

        Assert.Equal(200, result.InvokeResponse!.Status);
        var body = result.InvokeResponse.Body!.Value;
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, body.GetProperty("type").GetString());
        Assert.Equal("approve 7", body.GetProperty("value").GetString());
    }

    [Theory]
    [InlineData(null, "BadRequest")]
    [InlineData("{\"trigger\":\"manual\"}", "BadRequest")]
    [InlineData("{\"action\":{\"type\":\"Action.Submit\"}}", "NotSupported")]
    [InlineData("{\"action\":\"not an object\"}", "BadRequest")]
    public async Task OnTurnAsync_InvalidActionExecute_Returns400ErrorBody(string? value, string code)
    {
        var invoke = Invoke(null);
        invoke.Value = value is null ? null : JsonDocument.Parse(value).RootElement.Clone();

        var result = await _adapter.SendAsync(invoke, _sut);

        Assert.Equal(400, result.InvokeResponse!.Status);
        var body = result.InvokeResponse.Body!.Value;
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, body.GetProperty("type").GetString());
        Assert.Equal(code, body.GetProperty("value").GetProperty("code").GetString());
        Assert.Equal(0, _sut.CardInvokes);
    }

    [Fact]
    public async Task OnTurnAsync_OtherInvokeName_Returns501()
    {
        var invoke = Invoke(new { });
        invoke.Name = "task/fetch";

        var result = await _adapter.SendAsync(invoke, _sut);

        Assert.Equal(501, result.InvokeResponse!.Status);
    }

    [Fact]
    public async Task OnTurnAsync_UnknownType_DoesNothing()
    {
        var result = await _adapter.SendAsync(_adapter.MakeActivity(type: "messageReaction"), _sut);

        Assert.Empty(result.Replies);
        Assert.Null(result.InvokeResponse);
    }

    private Activity Invoke(object? value)
    {
        var invoke = _adapter.MakeActivity(type: ActivityTypes.Invoke);
        invoke.Name = ActivityHandler.AdaptiveCardActionInvokeName;
        invoke.Value = value is null ? null : BotJson.ToElement(value);
        return invoke;
    }

    private sealed class SpyHandler : ActivityHandler
    {
        public int CardInvokes { get; private set; }

        protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
            => turnContext.SendActivityAsync("message: " + turnContext.Activity.Text, cancellationToken);

        protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
            => turnContext.SendActivityAsync("added: " + string.Join(',', membersAdded.Select(m => m.Id)), cancellationToken);

        protected override Task OnMembersRemovedAsync(IReadOnlyList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken)
            => turnContext.SendActivityAsync("removed: " + string.Join(',', membersRemoved.Select(m => m.Id)), cancellationToken);

        protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken)
            => turnContext.SendActivityAsync("installed", cancellationToken);

        protected override Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
            => turnContext.SendActivityAsync("uninstalled", cancellationToken);

        protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
            ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
        {
            CardInvokes++;
            var caseId = invokeValue.Action!.Data!.Value.GetProperty("caseId").GetInt32();
            return Task.FromResult(AdaptiveCardInvokeResponse.Message($"{invokeValue.Action.Verb} {caseId}"));
        }
    }
}
