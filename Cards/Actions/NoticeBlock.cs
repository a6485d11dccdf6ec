using CaseBot.Cards.Model;

namespace CaseBot.Cards.Actions;

/// <summary>A coloured line at the top of a card saying what a click did (green) or why it changed nothing (red).</summary>
public static class NoticeBlock
{
    public static Container Build(string text, bool refusal) => new()
    {
        Id = "notice",
        Style = refusal ? ContainerStyle.Attention : ContainerStyle.Good,
        Items = [new TextBlock(text) { Weight = TextWeight.Bolder }],
    };

    /// <summary>The card's body with the notice first; the body alone when there is none.</summary>
    internal static IReadOnlyList<CardElement> Prepend(CardNotice? notice, IEnumerable<CardElement> body)
        => notice is null ? [.. body] : [Build(notice.Text, notice.IsRefusal), .. body];
}
