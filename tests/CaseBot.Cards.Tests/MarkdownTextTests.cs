namespace CaseBot.Cards.Tests;

/// <summary>People's text is escaped for Markdown, so what they typed is what shows; plain words go through as they are.</summary>
public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("Agree adjustments (phased), then review.", "Agree adjustments (phased), then review.")]
    [InlineData("[Re-authenticate here](https://evil.example)", @"\[Re-authenticate here\]\(https://evil.example)")]
    [InlineData("**bold** _it_ `code` ~~gone~~ <https://x.example> a|b & c", @"\*\*bold\*\* \_it\_ \`code\` \~\~gone\~\~ \<https://x.example\> a\|b \& c")]
    [InlineData(@"already \* escaped", @"already \\\* escaped")]
    [InlineData("# heading", @"\# heading")]
    [InlineData("- bullet", @"\- bullet")]
    [InlineData("+ bullet", @"\+ bullet")]
    [InlineData("=====", @"\=====")]
    [InlineData("12. numbered", @"12\. numbered")]
    [InlineData("3) numbered", @"3\) numbered")]
    [InlineData("2026-06-01 review", "2026-06-01 review")]
    [InlineData("    indented code", "indented code")]
    public void Inline_TypedText_IsEscapedForMarkdown(string typed, string expected)
    {
        var sut = MarkdownText.Inline(typed);

        Assert.Equal(expected, sut);
    }

    [Fact]
    public void Inline_LineBreaksAndTabs_BecomeSpaces()
    {
        var sut = MarkdownText.Inline("first\r\n- second\n\n\tthird");

        Assert.Equal("first - second third", sut);
    }

    [Fact]
    public void Literal_LineBreaks_StayLineBreaksAndEachLineIsEscaped()
    {
        var sut = MarkdownText.Literal("first\r\n# second\n\n\n1. third");

        Assert.Equal("first\n\n\\# second\n\n1\\. third", sut);
    }

    [Fact]
    public void Literal_Null_IsEmpty()
    {
        var sut = MarkdownText.Literal(null);

        Assert.Equal(string.Empty, sut);
    }
}
