using CaseBot.Cards.Model;

namespace CaseBot.Cards.Tests.Support;

/// <summary>Every TextBlock's text in a card, depth first (containers, columns, show-cards), for content assertions.</summary>
internal static class CardText
{
    public static IEnumerable<string> All(AdaptiveCard card)
        => card.Body.SelectMany(Of).Concat((card.Actions ?? []).OfType<ShowCardAction>().SelectMany(s => All(s.Card)));

    public static IEnumerable<CardElement> Elements(AdaptiveCard card) => card.Body.SelectMany(Flatten);

    /// <summary>Every button, in the body's action sets and at the bottom.</summary>
    public static IEnumerable<CardAction> Buttons(AdaptiveCard card)
        => Elements(card).OfType<ActionSet>().SelectMany(s => s.Actions).Concat(card.Actions ?? []);

    private static IEnumerable<string> Of(CardElement element) => Flatten(element).OfType<TextBlock>().Select(t => t.Text);

    private static IEnumerable<CardElement> Flatten(CardElement element)
    {
        yield return element;
        var children = element switch
        {
            Container c => c.Items,
            ColumnSet s => s.Columns.SelectMany(c => c.Items).ToList(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Flatten))
        {
            yield return child;
        }
    }
}
