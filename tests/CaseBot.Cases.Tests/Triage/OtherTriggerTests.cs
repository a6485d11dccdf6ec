using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Tests.Triage;

public sealed class OtherTriggerTests
{
    public static TheoryData<string?> Invalid => new() { null, string.Empty, "   ", new string('a', 201), " " + new string('a', 201) + " " };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Constructor_BlankOrOver200Characters_IsRefusedWithThePlainRule(string? description)
    {
        var ex = Assert.Throws<CaseRuleException>(() => new OtherTrigger(description));

        Assert.Equal(TriageText.OtherTriggerLength, ex.Message);
        Assert.False(OtherTrigger.IsValid(description));
    }

    [Theory]
    [InlineData("x", "x")]
    [InlineData("  Team restructure pending  ", "Team restructure pending")]
    public void Constructor_ShortDescription_IsKeptTrimmed(string description, string expected)
        => Assert.Equal(expected, new OtherTrigger(description).Description);

    [Fact]
    public void Constructor_Exactly200CharactersAfterTrimming_IsAccepted()
    {
        var text = "  " + new string('a', OtherTrigger.MaxLength) + "  ";

        var sut = new OtherTrigger(text);

        Assert.Equal(200, sut.Description.Length);
    }
}
