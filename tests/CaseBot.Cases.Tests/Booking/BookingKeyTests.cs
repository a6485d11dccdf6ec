using CaseBot.Cases.Booking;

namespace CaseBot.Cases.Tests.Booking;

public sealed class BookingKeyTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static readonly Guid CaseId = Guid.Parse("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f");

    [Fact]
    public void For_SameInputs_GivesTheSameKey()
        => Assert.Equal(BookingKey.For(Tenant, CaseId, 1), BookingKey.For(Tenant.ToUpperInvariant(), CaseId, 1));

    [Fact]
    public void For_KnownInputs_GivesThePublishedKey()
        => Assert.Equal("1ab9ad16-a6a1-8684-a34d-30bdfc194572", BookingKey.For(Tenant, CaseId, 1));

    [Theory]
    [InlineData("11111111-1111-1111-1111-111111111111", "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", 1)]
    [InlineData(Tenant, "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e40", 1)]
    [InlineData(Tenant, "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", 2)]
    public void For_AnyInputChanged_GivesAnotherKey(string tenant, string caseId, int meeting)
        => Assert.NotEqual(BookingKey.For(Tenant, CaseId, 1), BookingKey.For(tenant, Guid.Parse(caseId), meeting));

    [Fact]
    public void For_Key_IsAVersion8RfcGuid()
    {
        var sut = BookingKey.For(Tenant, CaseId, 3);

        Assert.True(Guid.TryParseExact(sut, "D", out var guid));
        Assert.Equal(8, guid.Version);
        Assert.Contains(sut[19], "89ab");
    }

    [Theory]
    [InlineData(Tenant, 0)]
    [InlineData(" ", 1)]
    public void For_BadInput_IsRefused(string tenant, int meeting)
        => Assert.ThrowsAny<ArgumentException>(() => BookingKey.For(tenant, CaseId, meeting));
}
