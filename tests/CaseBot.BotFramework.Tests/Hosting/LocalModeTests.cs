using System.Net;
using CaseBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Http;

namespace CaseBot.BotFramework.Tests.Hosting;

/// <summary>Without an app id, only callers on this machine are served.</summary>
public sealed class LocalModeTests
{
    [Theory]
    [InlineData("10.1.2.3", 403)]
    [InlineData("192.168.0.7", 403)]
    [InlineData("2001:db8::1", 403)]
    [InlineData("127.0.0.1", 200)]
    [InlineData("::1", 200)]
    [InlineData("::ffff:127.0.0.1", 200)]
    public async Task ReadAsync_LocalMode_ServesLoopbackOnly(string caller, int expectedStatus)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(caller);
        context.Request.Method = HttpMethods.Head;

        var sut = await InboundRequest.ReadAsync(context, localMode: true, CancellationToken.None);

        Assert.Equal(expectedStatus, sut.Rejection!.Status);
    }

    [Fact]
    public async Task ReadAsync_WithAppId_DoesNotCheckCallerAddress()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("52.1.2.3");
        context.Request.Method = HttpMethods.Head;

        var sut = await InboundRequest.ReadAsync(context, localMode: false, CancellationToken.None);

        Assert.Equal(200, sut.Rejection!.Status);
    }
}
