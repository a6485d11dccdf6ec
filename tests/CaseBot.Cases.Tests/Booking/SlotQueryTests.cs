using CaseBot.Cases.Booking;

namespace CaseBot.Cases.Tests.Booking;

public sealed class SlotQueryTests
{
    [Fact]
    public void Everyone_OrganiserRepeatedOrBlank_ListsEachOnceOrganiserFirst()
    {
        var sut = new SlotQuery("id", "Boss@example.org", ["olive@example.org", " boss@EXAMPLE.org", "", "OLIVE@example.org "], TimeSpan.FromHours(1), TestPlans.MondayTenBst);

        Assert.Equal(["Boss@example.org", "olive@example.org"], sut.Everyone());
    }

    [Fact]
    public void ToString_NamesNoAddress()
        => Assert.DoesNotContain("@", new SlotQuery("id", "boss@example.org", ["olive@example.org"], TimeSpan.FromHours(1), TestPlans.MondayTenBst).ToString(), StringComparison.Ordinal);
}
