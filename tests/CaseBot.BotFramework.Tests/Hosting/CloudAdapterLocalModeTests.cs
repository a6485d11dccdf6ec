using System.Net;
using System.Text;
using System.Text.Json;
using CaseBot.BotFramework.Hosting;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.BotFramework.Tests.Hosting;

/// <summary>
/// The registered CloudAdapter in local mode, given requests Kestrel on loopback cannot produce: callers from other machines.
/// </summary>
public sealed class CloudAdapterLocalModeTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(appId: null);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("52.112.0.1")]
    [InlineData("2001:db8::7")]
    public async Task ProcessAsync_LocalModeCallerOffMachine_Returns403WithoutTurn(string caller)
    {
        var sut = _host.Services.GetRequiredService<CloudAdapter>();
        var context = Post(IPAddress.Parse(caller));

        await sut.ProcessAsync(context, _host.Bot, default);

        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.Equal(0, _host.Bot.Turns);
    }

    [Fact]
    public async Task ProcessAsync_LocalModeLoopbackCaller_RunsTurnWithoutAuthorization()
    {
        var sut = _host.Services.GetRequiredService<CloudAdapter>();
        // An unknown type keeps the turn away from the Connector, which this test does not run.
        var context = Post(IPAddress.Loopback, type: "somethingNew");

        await sut.ProcessAsync(context, _host.Bot, default);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal(1, _host.Bot.Turns);
    }

    private DefaultHttpContext Post(IPAddress caller, string type = ActivityTypes.Message)
    {
        var activity = BotHost.Message("http://127.0.0.1:9/");
        activity.Type = type;
        var context = new DefaultHttpContext { RequestServices = _host.Services };
        context.Connection.RemoteIpAddress = caller;
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(activity, BotJson.Options)));
        context.Response.Body = new MemoryStream();
        return context;
    }
}
