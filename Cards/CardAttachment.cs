using CaseBot.BotFramework.Schema;
using CaseBot.Cards.Model;

namespace CaseBot.Cards;

/// <summary>Wraps a card for an activity.</summary>
public static class CardAttachment
{
    public static Attachment From(AdaptiveCard card) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = CardSerializer.ToElement(card),
    };

    /// <summary>A message activity carrying only the card (Teams splits text and card into two messages otherwise).</summary>
    public static Activity Message(AdaptiveCard card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [From(card)],
        Summary = card.FallbackText,
    };
}
