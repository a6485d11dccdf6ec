using CaseBot.Cases.Booking;

namespace CaseBot.Cases.Tests.Booking;

/// <summary>An address CaseBot invites must be a plain mailto: URI: the invite and Graph carry it as one.</summary>
public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("olive.clinician@example.org")]
    [InlineData("MeganB@example.com")]
    [InlineData("alexw@example.com")]
    [InlineData("olive+cases@example.org")]
    [InlineData("o.c.clinician@oh.health.example.org")]
    [InlineData("rory.rep@union.example.net")]
    [InlineData("o'brien@example.co.uk")]
    [InlineData("first_last-2@sub-domain.example.org")]
    [InlineData("user@contoso.onmicrosoft.com")]
    public void IsValid_OrdinaryAddress_IsTrue(string address)
    {
        var sut = EmailAddresses.IsValid(address);

        Assert.True(sut);
    }

    [Theory]
    [InlineData("x\";ROLE=CHAIR;X=\"@evil.example")]
    [InlineData("\"quoted\"@example.org")]
    [InlineData("olive;role=chair@example.org")]
    [InlineData("olive:x@example.org")]
    [InlineData("olive,x@example.org")]
    [InlineData("<olive@example.org>")]
    [InlineData("olive@example.org?subject=hi")]
    [InlineData("olive#x@example.org")]
    [InlineData("olive%22@example.org")]
    [InlineData("olive\\x@example.org")]
    [InlineData("olive\r\nATTENDEE:mailto:eve@example.org")]
    [InlineData("olive x@example.org")]
    [InlineData(".olive@example.org")]
    [InlineData("olive.@example.org")]
    [InlineData("olive..c@example.org")]
    [InlineData("olive@example")]
    [InlineData("olive@-example.org")]
    [InlineData("olive@example..org")]
    [InlineData("olive@exa_mple.org")]
    [InlineData("olive@@example.org")]
    [InlineData("olive@example.org.")]
    [InlineData("ólive@example.org")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_AddressThatIsNoPlainMailToUri_IsFalse(string? address)
    {
        var sut = EmailAddresses.IsValid(address);

        Assert.False(sut);
    }

    [Fact]
    public void IsValid_LocalPartOver64Characters_IsFalse()
    {
        var sut = EmailAddresses.IsValid(new string('a', 65) + "@example.org");

        Assert.False(sut);
    }
}
