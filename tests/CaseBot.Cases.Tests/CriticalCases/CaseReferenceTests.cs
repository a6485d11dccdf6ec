using CaseBot.Cases.CriticalCases;

namespace CaseBot.Cases.Tests.CriticalCases;

public sealed class CaseReferenceTests
{
    [Theory]
    [InlineData("HR-2026-0142", "HR-2026-0142")]
    [InlineData(" oh/44.b ", "OH/44.B")]
    public void TryParse_ValidReference_IsNormalised(string text, string expected)
    {
        Assert.True(CaseReference.TryParse(text, out var sut));
        Assert.Equal(expected, sut!.Value);
    }

    [Theory]
    [InlineData("Jane Smith")]
    [InlineData("ab")]
    [InlineData("")]
    [InlineData("-leading")]
    [InlineData("has<script>")]
    public void TryParse_NamesSentencesAndOddText_AreRefused(string text)
        => Assert.False(CaseReference.TryParse(text, out _));
}
