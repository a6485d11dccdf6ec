namespace CaseBot.Cards.Model;

/// <summary>Text. Teams renders a subset of Markdown in <see cref="Text"/>.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Wrap { get; init; } = true;

    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public TextBlockStyle? Style { get; init; }
}
