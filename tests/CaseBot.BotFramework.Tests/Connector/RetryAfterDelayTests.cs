using System.Net;
using System.Net.Http.Headers;
using CaseBot.BotFramework.Connector;
using Microsoft.Extensions.Time.Testing;

namespace CaseBot.BotFramework.Tests.Connector;

/// <summary>Retry-After in both of its forms, capped.</summary>
public sealed class RetryAfterDelayTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(20);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void From_DeltaSeconds_WaitsThatLong()
    {
        using var response = Throttled(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));

        var sut = RetryAfterDelay.From(response, _clock.GetUtcNow(), Cap);

        Assert.Equal(TimeSpan.FromSeconds(7), sut);
    }

    [Fact]
    public void From_HttpDate_WaitsUntilThatTime()
    {
        using var response = Throttled(new RetryConditionHeaderValue(_clock.GetUtcNow().AddSeconds(12)));

        var sut = RetryAfterDelay.From(response, _clock.GetUtcNow(), Cap);

        Assert.Equal(TimeSpan.FromSeconds(12), sut);
    }

    [Fact]
    public void From_HttpDateInThePast_RetriesAtOnce()
    {
        using var response = Throttled(new RetryConditionHeaderValue(_clock.GetUtcNow().AddSeconds(-30)));

        var sut = RetryAfterDelay.From(response, _clock.GetUtcNow(), Cap);

        Assert.Equal(TimeSpan.Zero, sut);
    }

    [Fact]
    public void From_LongerThanCap_WaitsOnlyTheCap()
    {
        using var response = Throttled(new RetryConditionHeaderValue(TimeSpan.FromHours(1)));

        var sut = RetryAfterDelay.From(response, _clock.GetUtcNow(), Cap);

        Assert.Equal(Cap, sut);
    }

    [Fact]
    public void From_NoHeader_LeavesTheBackoffToThePolicy()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        var sut = RetryAfterDelay.From(response, _clock.GetUtcNow(), Cap);

        Assert.Null(sut);
    }

    private static HttpResponseMessage Throttled(RetryConditionHeaderValue retryAfter)
        => new(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = retryAfter } };
}
