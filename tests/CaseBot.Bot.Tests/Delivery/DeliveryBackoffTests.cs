using CaseBot.Bot.Delivery;

namespace CaseBot.Bot.Tests.Delivery;

/// <summary>When a failed message is tried again: the Connector's Retry-After exactly (capped), else doubling waits with jitter.</summary>
public sealed class DeliveryBackoffTests
{
    private readonly DeliveryOptions _options = new() { BaseBackoff = TimeSpan.FromSeconds(10), MaxBackoff = TimeSpan.FromMinutes(5) };

    [Fact]
    public void Next_RetryAfterGiven_WaitsExactlyThat()
    {
        var sut = DeliveryBackoff.Next(4, TimeSpan.FromSeconds(42), _options);

        Assert.Equal(TimeSpan.FromSeconds(42), sut);
    }

    [Fact]
    public void Next_RetryAfterLongerThanTheCap_WaitsTheCap()
    {
        var sut = DeliveryBackoff.Next(1, TimeSpan.FromHours(3), _options);

        Assert.Equal(TimeSpan.FromMinutes(5), sut);
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    public void Next_NoRetryAfter_DoublesWithTwentyPercentJitter(int attempts, int seconds)
    {
        var sut = DeliveryBackoff.Next(attempts, null, _options);

        Assert.InRange(sut, TimeSpan.FromSeconds(seconds * 0.8), TimeSpan.FromSeconds(seconds * 1.2));
    }

    [Fact]
    public void Next_ManyAttempts_NeverPassesTheCap()
    {
        var sut = DeliveryBackoff.Next(60, null, _options);

        Assert.Equal(TimeSpan.FromMinutes(5), sut);
    }
}
