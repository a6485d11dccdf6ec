using System.Net;
using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Tests.Support;
using CaseBot.TestSupport;

namespace CaseBot.BotFramework.Tests.Hosting;

/// <summary>The HTTP contract of /api/messages in local mode (no app id): status codes, bodies and what reaches the Connector.</summary>
public sealed class MessagingEndpointTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotHost _sut = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _sut = await BotHost.StartAsync(appId: null);
    }

    public async Task DisposeAsync()
    {
        await _sut.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Post_Message_Returns200AndReplyReachesConnector()
    {
        var activity = BotHost.Message(_connector.ServiceUrl, "hi");

        using var response = await _sut.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString("a:conversation-1")}/activities/{activity.Id}", call.Path);
        Assert.Equal("echo: hi", call.Activity!.Text);
        Assert.Equal(activity.Id, call.Activity.ReplyToId);
        Assert.Equal("29:user", call.Activity.Recipient!.Id);
        Assert.Equal(string.Empty, call.Authorization);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("")]
    public async Task Post_MalformedActivity_Returns400ProblemDetails(string body)
    {
        using var response = await _sut.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(0, _sut.Bot.Turns);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Returns413()
    {
        var activity = BotHost.Message(_connector.ServiceUrl, new string('x', 300 * 1024));

        using var response = await _sut.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _sut.Bot.Turns);
    }

    [Fact]
    public async Task Post_UnknownActivityType_Returns200AndSendsNothing()
    {
        var activity = BotHost.Message(_connector.ServiceUrl);
        activity.Type = "somethingNew";

        using var response = await _sut.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Head_Probe_Returns200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/api/messages");

        using var response = await _sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Put_Returns405()
    {
        using var response = await _sut.Client.PutAsync(new Uri("/api/messages", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_AdaptiveCardInvoke_ReturnsInvokeResponseInBody()
    {
        var activity = BotHost.Message(_connector.ServiceUrl);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";
        activity.Value = BotJson.ToElement(new { action = new { type = "Action.Execute", verb = "tick", data = new { id = 1 } }, trigger = "manual" });

        using var response = await _sut.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, body.RootElement.GetProperty("type").GetString());
        Assert.Equal("did tick", body.RootElement.GetProperty("value").GetString());
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Post_AdaptiveCardInvokeWithoutAction_Returns400ErrorBody()
    {
        var activity = BotHost.Message(_connector.ServiceUrl);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";
        activity.Value = BotJson.ToElement(new { trigger = "manual" });

        using var response = await _sut.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, body.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Post_UnknownInvokeName_Returns501()
    {
        var activity = BotHost.Message(_connector.ServiceUrl);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "composeExtension/query";

        using var response = await _sut.PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_ExpectReplies_ReturnsRepliesInBodyInsteadOfConnector()
    {
        var activity = BotHost.Message(_connector.ServiceUrl, "buffered");
        activity.DeliveryMode = "expectReplies";

        using var response = await _sut.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(body.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Equal("echo: buffered", reply.GetProperty("text").GetString());
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Post_SameActivityTwice_ProcessesItOnce()
    {
        var activity = BotHost.Message(_connector.ServiceUrl, "once", id: "redelivered-1");

        using var first = await _sut.PostAsync(activity);
        using var second = await _sut.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, _sut.Bot.Turns);
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task Post_SameActivityIdInAnotherConversation_IsProcessed()
    {
        var first = BotHost.Message(_connector.ServiceUrl, "a", id: "same-id");
        var second = BotHost.Message(_connector.ServiceUrl, "b", id: "same-id");
        second.Conversation = new ConversationAccount("a:conversation-2", "personal", "tenant-1");

        using (await _sut.PostAsync(first))
        using (await _sut.PostAsync(second))
        {
        }

        Assert.Equal(2, _sut.Bot.Turns);
    }

    [Fact]
    public async Task Post_RedeliveryAfterFailedTurn_IsProcessedAgain()
    {
        var activity = BotHost.Message(_connector.ServiceUrl, "boom", id: "failed-once");

        using (await _sut.PostAsync(activity))
        using (await _sut.PostAsync(activity))
        {
        }

        Assert.Equal(2, _sut.Bot.Turns);
    }

    [Fact]
    public async Task Post_TurnThrows_UserGetsApologyAndLogHasNoMessageText()
    {
        using var response = await _sut.PostAsync(BotHost.Message(_connector.ServiceUrl, "boom"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = Assert.Single(_connector.Activities);
        Assert.Equal(BotMessages.TurnFailed, apology.Text);
        Assert.Contains(_sut.Logs.Entries, e => e.Message.Contains("InvalidOperationException", StringComparison.Ordinal));
        Assert.DoesNotContain("secret user text", _sut.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TurnThrows_FailureLogCarriesCorrelationId()
    {
        using var response = await _sut.PostAsync(BotHost.Message(_connector.ServiceUrl, "boom"));

        var failure = Assert.Single(_sut.Logs.Entries, e => e.Message.Contains("Turn failed", StringComparison.Ordinal));
        Assert.Matches("correlation [0-9a-f]{32}", failure.Message);
    }
}
