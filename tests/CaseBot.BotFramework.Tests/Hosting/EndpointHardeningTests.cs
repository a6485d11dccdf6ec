using System.Net;
using System.Text;
using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Tests.Support;
using CaseBot.TestSupport;

namespace CaseBot.BotFramework.Tests.Hosting;

/// <summary>The edges of /api/messages over real HTTP: bodies without a length, proxies in local mode, failing invokes.</summary>
public sealed class EndpointHardeningTests : IAsyncLifetime
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
    public async Task Post_ChunkedBodyOver256KB_Returns413WithoutTurn()
    {
        var json = JsonSerializer.Serialize(BotHost.Message(_connector.ServiceUrl, new string('x', 300 * 1024)), BotJson.Options);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ChunkedContent(json) };

        using var response = await _sut.Client.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _sut.Bot.Turns);
    }

    [Fact]
    public async Task Post_ChunkedBodyUnderLimit_IsProcessed()
    {
        var json = JsonSerializer.Serialize(BotHost.Message(_connector.ServiceUrl, "small"), BotJson.Options);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ChunkedContent(json) };

        using var response = await _sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _sut.Bot.Turns);
    }

    [Fact]
    public async Task Get_Returns200()
    {
        using var response = await _sut.Client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Delete_Returns405()
    {
        using var response = await _sut.Client.DeleteAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("Forwarded", "for=203.0.113.9")]
    public async Task Post_LocalModeThroughATunnel_Returns403WithoutTurn(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(BotHost.Message(_connector.ServiceUrl), BotJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await _sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, _sut.Bot.Turns);
    }

    [Fact]
    public async Task Post_InvokeHandlerThrows_Returns200WithErrorInvokeBody()
    {
        var activity = BotHost.Message(_connector.ServiceUrl);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = ActivityHandler.AdaptiveCardActionInvokeName;
        activity.Value = BotJson.ToElement(new { action = new { type = "Action.Execute", verb = "boom" } });

        using var response = await _sut.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(500, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, body.RootElement.GetProperty("type").GetString());
        Assert.Equal(BotMessages.ActionFailed, body.RootElement.GetProperty("value").GetProperty("message").GetString());
        Assert.DoesNotContain("secret card data", _sut.Logs.AllText, StringComparison.Ordinal);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Post_AdaptiveCardInvokeWithSubmitAction_Returns400NotSupported()
    {
        var activity = BotHost.Message(_connector.ServiceUrl);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = ActivityHandler.AdaptiveCardActionInvokeName;
        activity.Value = BotJson.ToElement(new { action = new { type = "Action.Submit", data = new { x = 1 } } });

        using var response = await _sut.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("NotSupported", body.RootElement.GetProperty("value").GetProperty("code").GetString());
    }

    /// <summary>A JSON body whose length is not known up front, so HttpClient sends it chunked.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedContent(string text)
        {
            _bytes = Encoding.UTF8.GetBytes(text);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
