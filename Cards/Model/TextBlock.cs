namespace CaseBot.Cards.Model;

/// <summary>Text. Teams renders a subset of Markdown in <see cref="Text"/>: people's text goes in through <see cref="Plain"/>.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    /// <summary>A block showing <paramref name="text"/> exactly as typed, never as Markdown (<see cref="MarkdownText.Literal"/>).</summary>
    public static TextBlock Plain(string? text) => new(MarkdownText.Literal(text));

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Wrap { get; init; } = true;

    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public TextBlockStyle? Style { get; init; }
}
