using System.Net;
using System.Net.Http.Headers;
using CaseBot.BotFramework.Connector;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Tests.Support;
using CaseBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.BotFramework.Tests.Connector;

/// <summary>A refused call carries the Connector's Retry-After, so a queued sender (the outbox) can wait exactly that long before trying again.</summary>
public sealed class ConnectorErrorsRetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReadAsync_RetryAfterSeconds_CarriesTheWait()
    {
        using var response = Throttled(new RetryConditionHeaderValue(TimeSpan.FromSeconds(42)));

        var sut = await ConnectorErrors.ReadAsync(response, Now, default);

        Assert.Equal(TimeSpan.FromSeconds(42), sut.RetryAfter);
    }

    [Fact]
    public async Task ReadAsync_RetryAfterDate_CarriesTheTimeUntilThen()
    {
        using var response = Throttled(new RetryConditionHeaderValue(Now.AddMinutes(3)));

        var sut = await ConnectorErrors.ReadAsync(response, Now, default);

        Assert.Equal(TimeSpan.FromMinutes(3), sut.RetryAfter);
    }

    [Fact]
    public async Task ReadAsync_NoRetryAfter_CarriesNone()
    {
        using var response = Throttled(null);

        var sut = await ConnectorErrors.ReadAsync(response, Now, default);

        Assert.Null(sut.RetryAfter);
    }

    [Fact]
    public async Task SendToConversationAsync_ThrottledWithRetriesOff_ThrowsWithTheRetryAfter()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = ConnectorServices.Build(retry: new ConnectorRetryOptions { MaxRetries = 0 });
        connector.FailNext(429, retryAfterSeconds: 9);
        var activity = new Activity { Type = ActivityTypes.Message, Text = "x", Conversation = new ConversationAccount("a:conv") };

        var sut = await Assert.ThrowsAsync<ConnectorException>(
            () => services.GetRequiredService<IConnectorClient>().SendToConversationAsync(connector.ServiceUrl, activity, default));

        Assert.Equal((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(9)), (sut.StatusCode, sut.RetryAfter));
    }

    private static HttpResponseMessage Throttled(RetryConditionHeaderValue? retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("{\"error\":{\"code\":\"Throttled\"}}") };
        response.Headers.RetryAfter = retryAfter;
        return response;
    }
}
