using CaseBot.Cases.AdviceLine;

namespace CaseBot.Cases.Tests.AdviceLine;

public sealed class AdviceLineContactTests
{
    [Theory]
    [InlineData("", "oh@example.org")]
    [InlineData("0100 000 000", " ")]
    public void Constructor_BlankPhoneOrEmail_IsRefused(string phone, string email)
        => Assert.ThrowsAny<ArgumentException>(() => new AdviceLineContact(phone, email));

    [Fact]
    public void Constructor_Values_AreKeptTrimmed()
    {
        var sut = new AdviceLineContact(" 0100 000 000 ", "oh@example.org ");

        Assert.Equal(("0100 000 000", "oh@example.org"), (sut.Phone, sut.Email));
    }
}
