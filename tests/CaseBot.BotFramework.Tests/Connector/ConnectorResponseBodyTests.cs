using System.Net;
using System.Text;
using CaseBot.BotFramework.Authentication;
using CaseBot.BotFramework.Connector;
using CaseBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CaseBot.BotFramework.Tests.Connector;

/// <summary>Successful Connector answers whose body is empty or not the documented JSON (mocks, the Playground, proxies).</summary>
public sealed class ConnectorResponseBodyTests
{
    private const string ServiceUrl = "https://connector.test/";

    [Theory]
    [InlineData(HttpStatusCode.OK, "")]
    [InlineData(HttpStatusCode.Created, "<html>ok</html>")]
    [InlineData(HttpStatusCode.NoContent, "")]
    [InlineData(HttpStatusCode.OK, "null")]
    public async Task SendToConversationAsync_SuccessWithoutUsableBody_ReturnsResponseWithoutId(HttpStatusCode status, string body)
    {
        var sut = Client(status, body);

        var response = await sut.SendToConversationAsync(ServiceUrl, Message(), default);

        Assert.NotNull(response);
        Assert.Null(response.Id);
    }

    [Fact]
    public async Task ReplyToActivityAsync_SuccessWithId_ReturnsIt()
    {
        var sut = Client(HttpStatusCode.Created, "{\"id\":\"1795586793120\"}");
        var reply = Message();
        reply.ReplyToId = "incoming";

        var response = await sut.ReplyToActivityAsync(ServiceUrl, reply, default);

        Assert.Equal("1795586793120", response.Id);
    }

    [Fact]
    public async Task CreateConversationAsync_SuccessWithoutId_ThrowsConnectorException()
    {
        var sut = Client(HttpStatusCode.OK, "{}");

        await Assert.ThrowsAsync<ConnectorException>(() => sut.CreateConversationAsync(ServiceUrl, new ConversationParameters(), default));
    }

    [Fact]
    public async Task GetConversationPagedMembersAsync_EmptyBody_EmptyPage()
    {
        var sut = Client(HttpStatusCode.OK, string.Empty);

        var page = await sut.GetConversationPagedMembersAsync(ServiceUrl, "a:conv", null, null, default);

        Assert.Empty(page.Members);
        Assert.Null(page.ContinuationToken);
    }

    private static ConnectorClient Client(HttpStatusCode status, string body)
        => new(
            new HttpClient(new FixedAnswer(status, body)),
            new ServiceUrlPolicy(
                Options.Create(new BotFrameworkAuthenticationOptions { MicrosoftAppId = "app-1" }),
                Options.Create(new BotFrameworkChannelOptions { ServiceUrlHosts = ["connector.test"] })));

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Text = "hi",
        Conversation = new ConversationAccount("a:conv"),
    };

    private sealed class FixedAnswer(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
