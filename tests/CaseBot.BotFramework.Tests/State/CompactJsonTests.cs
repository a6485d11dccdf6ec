using CaseBot.BotFramework.State;

namespace CaseBot.BotFramework.Tests.State;

/// <summary>JSON packed for in-process stores: every document comes back exactly, and a long one takes far less than its string.</summary>
public sealed class CompactJsonTests
{
    [Theory]
    [InlineData("{}")]
    [InlineData("{\"seenAt\":\"2026-12-06T02:57:51.1789818+00:00\",\"done\":true}")]
    [InlineData("{\"name\":\"Zoë – naïve café ✓\"}")]
    public void Unpack_PackedShortDocument_IsTheSameText(string json)
    {
        Assert.Equal(json, CompactJson.Unpack(CompactJson.Pack(json)));
    }

    [Fact]
    public void Pack_LongRepetitiveDocument_RoundTripsInUnderAQuarterOfItsStringBytes()
    {
        var json = "[" + string.Join(",", Enumerable.Range(0, 40).Select(i => $"{{\"at\":\"2026-12-0{i % 9 + 1}T10:00:00+00:00\",\"kind\":\"Triaged\",\"summary\":\"Triaged as a critical case\"}}")) + "]";

        var sut = CompactJson.Pack(json);

        Assert.Equal(json, CompactJson.Unpack(sut));
        Assert.True(sut.Length * 4 < json.Length * sizeof(char), $"{sut.Length} bytes packed for {json.Length} characters");
    }
}
