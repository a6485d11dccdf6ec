using CaseBot.BotFramework.Connector;
using CaseBot.BotFramework.Hosting;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Tests.Support;
using CaseBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.BotFramework.Tests.Hosting;

/// <summary>Proactive sends through the registered CloudAdapter: they reach the Connector, and failures reach the caller.</summary>
public sealed class ProactiveMessagingTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = await BotHost.StartAsync(appId: null);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private CloudAdapter Sut => _host.Services.GetRequiredService<CloudAdapter>();

    [Fact]
    public async Task ContinueConversationAsync_SendsToTheReferencedConversation()
    {
        var reference = BotHost.Message(_connector.ServiceUrl).GetConversationReference() with { ActivityId = null };

        await Sut.ContinueConversationAsync(reference, (turn, ct) => turn.SendActivityAsync("case update", ct), default);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal("POST /v3/conversations/a%3Aconversation-1/activities", $"{call.Method} {call.Path}");
        Assert.Equal("case update", call.Activity!.Text);
        Assert.Equal("29:user", call.Activity.Recipient!.Id);
        Assert.Equal("28:" + BotHost.AppId, call.Activity.From!.Id);
    }

    [Fact]
    public async Task ContinueConversationAsync_BotRemovedFromConversation_CallerGetsUnreachable()
    {
        var reference = BotHost.Message(_connector.ServiceUrl).GetConversationReference() with { ActivityId = null };
        _connector.FailNext(403, errorCode: "BotNotInConversationRoster");

        await Assert.ThrowsAsync<ConversationUnreachableException>(
            () => Sut.ContinueConversationAsync(reference, (turn, ct) => turn.SendActivityAsync("case update", ct), default));

        Assert.Contains(_host.Logs.Entries, e => e.Message.Contains(nameof(ConversationUnreachableException), StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateConversationAsync_ThenContinue_MessageLandsInTheNewConversation()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount("28:" + BotHost.AppId),
            Members = [new ChannelAccount("29:lead")],
            TenantId = "tenant-1",
        };

        var reference = await Sut.CreateConversationAsync(_connector.ServiceUrl, parameters, "msteams", default);
        await Sut.ContinueConversationAsync(reference, (turn, ct) => turn.SendActivityAsync("you lead this case", ct), default);

        Assert.StartsWith("a:created-", reference.Conversation!.Id, StringComparison.Ordinal);
        Assert.Equal("personal", reference.Conversation.ConversationType);
        var send = _connector.Calls[1];
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(reference.Conversation.Id!)}/activities", send.Path);
        Assert.Equal("29:lead", send.Activity!.Recipient!.Id);
    }
}
