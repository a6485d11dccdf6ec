using System.Net;
using System.Text;
using System.Text.Json;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Tests.Support;
using CaseBot.TestSupport;

namespace CaseBot.BotFramework.Tests.Hosting;

/// <summary>
/// Local mode (no authentication) is closed to other websites, over real HTTP: JSON bodies only (a form or a text/plain fetch is what
/// another site's page can send without asking), loopback Host names only (DNS rebinding), no cross-site Origin or Sec-Fetch-Site, and
/// no activity whose replies would go off this machine. Each refusal runs no turn and sends nothing.
/// </summary>
public sealed class LocalModeOtherSitesTests : IAsyncLifetime
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

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task Post_BodyNotJson_Returns415WithoutTurn(string? contentType)
    {
        using var request = Post(contentType);

        using var response = await _sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        AssertNothingRan();
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON")]
    public async Task Post_JsonBody_IsServed(string contentType)
    {
        using var request = Post(contentType);

        using var response = await _sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _sut.Bot.Turns);
    }

    [Theory]
    [InlineData("rebind.evil.example")]
    [InlineData("rebind.evil.example:3978")]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("10.0.0.5")]
    public async Task Post_ForeignHostName_Returns403WithoutTurn(string host)
    {
        using var request = Post();
        request.Headers.Host = host;

        using var response = await _sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertNothingRan();
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:3978")]
    [InlineData("127.0.0.1:56150")]
    [InlineData("[::1]:3978")]
    public async Task Post_LoopbackHostName_IsServed(string host)
    {
        using var request = Post();
        request.Headers.Host = host;

        using var response = await _sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Origin", "http://localhost.evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task Post_OnBehalfOfAnotherSite_Returns403WithoutTurn(string header, string value)
    {
        using var request = Post();
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await _sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertNothingRan();
    }

    [Theory]
    [InlineData("Origin", "http://localhost:56150")]
    [InlineData("Origin", "http://127.0.0.1:3978")]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("Sec-Fetch-Site", "none")]
    public async Task Post_FromThisMachinesOwnPages_IsServed(string header, string value)
    {
        using var request = Post();
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await _sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    [InlineData(null)]
    public async Task Post_NullOriginUnlessSameOrigin_Returns403WithoutTurn(string? site)
    {
        using var request = Post();
        request.Headers.TryAddWithoutValidation("Origin", "null");
        if (site is not null)
        {
            request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", site);
        }

        using var response = await _sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertNothingRan();
    }

    [Fact]
    public async Task Post_NullOriginFromThisOrigin_IsServed()
    {
        // A page of this origin whose referrer policy is no-referrer (the board's are) posts with Origin: null.
        using var request = Post();
        request.Headers.TryAddWithoutValidation("Origin", "null");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");

        using var response = await _sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_TheIssuesRequest_TextPlainFromEvilExample_IsRefusedAndNothingIsSent()
    {
        using var request = Post("text/plain");
        request.Headers.TryAddWithoutValidation("Origin", "https://evil.example");

        using var response = await _sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertNothingRan();
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("http://10.1.2.3:9/")]
    [InlineData("http://127.0.0.1.nip.io/")]
    [InlineData("http://user@127.0.0.1/")]
    public async Task Post_ServiceUrlOffThisMachine_Returns403AndIsNeverCalled(string serviceUrl)
    {
        using var response = await _sut.PostAsync(BotHost.Message(serviceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertNothingRan();
        Assert.Contains("service-url-not-allowed", _sut.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_PlaygroundProbeWithoutBodyOrContentType_Returns200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/api/messages");

        using var response = await _sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private HttpRequestMessage Post(string? contentType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(BotHost.Message(_connector.ServiceUrl), BotJson.Options)));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
    }

    private void AssertNothingRan()
    {
        Assert.Equal(0, _sut.Bot.Turns);
        Assert.Empty(_connector.Calls);
    }
}
