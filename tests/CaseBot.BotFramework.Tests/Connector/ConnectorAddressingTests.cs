using CaseBot.BotFramework.Connector;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Tests.Support;
using CaseBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.BotFramework.Tests.Connector;

/// <summary>Where each Connector operation lands, whatever shape the serviceUrl has; no token at all in local mode.</summary>
public sealed class ConnectorAddressingTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _services = ConnectorServices.Build();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private IConnectorClient Sut => _services.GetRequiredService<IConnectorClient>();

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/teams")]
    [InlineData("/teams/")]
    public async Task SendToConversationAsync_AnyServiceUrlShape_OneSlashBetweenParts(string suffix)
    {
        var serviceUrl = _connector.ServiceUrl.TrimEnd('/') + suffix;

        await Sut.SendToConversationAsync(serviceUrl, Message(), default);

        var expectedPrefix = suffix.TrimEnd('/');
        Assert.Equal($"{expectedPrefix}/v3/conversations/a%3Aconv/activities", Assert.Single(_connector.Calls).Path);
    }

    [Fact]
    public async Task GetConversationPagedMembersAsync_PageSizeAndToken_InQueryString()
    {
        await Sut.GetConversationPagedMembersAsync(_connector.ServiceUrl, "19:abc@thread.tacv2", 100, "next+page/1", default);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal("GET", call.Method);
        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2/pagedmembers?pageSize=100&continuationToken=next%2Bpage%2F1", call.Path);
    }

    [Fact]
    public async Task GetConversationPagedMembersAsync_NoPaging_NoQueryString()
    {
        await Sut.GetConversationPagedMembersAsync(_connector.ServiceUrl, "a:conv", null, null, default);

        Assert.Equal("/v3/conversations/a%3Aconv/pagedmembers", Assert.Single(_connector.Calls).Path);
    }

    [Fact]
    public async Task GetConversationMemberAsync_EncodesUserId()
    {
        await Sut.GetConversationMemberAsync(_connector.ServiceUrl, "a:conv", "29:1abc/def", default);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal("GET /v3/conversations/a%3Aconv/members/29%3A1abc%2Fdef", $"{call.Method} {call.Path}");
    }

    [Fact]
    public async Task ReplyToActivityAsync_NoReplyToId_SendsToConversation()
    {
        await Sut.ReplyToActivityAsync(_connector.ServiceUrl, Message(), default);

        Assert.Equal("/v3/conversations/a%3Aconv/activities", Assert.Single(_connector.Calls).Path);
    }

    [Fact]
    public async Task SendToConversationAsync_LocalModeCredentials_NoAuthorizationHeader()
    {
        await Sut.SendToConversationAsync(_connector.ServiceUrl, Message(), default);

        Assert.Equal(string.Empty, Assert.Single(_connector.Calls).Authorization);
    }

    [Theory]
    [InlineData("ftp://example.com/")]
    [InlineData("not a url")]
    public async Task SendToConversationAsync_ServiceUrlNotHttp_ThrowsBeforeAnyCall(string serviceUrl)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Sut.SendToConversationAsync(serviceUrl, Message(), default));

        Assert.Empty(_connector.Calls);
    }

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Text = "hi",
        Conversation = new ConversationAccount("a:conv"),
    };
}
