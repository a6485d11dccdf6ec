using CaseBot.Cards.Model;

namespace CaseBot.Cards.Actions;

/// <summary>A card that only says why a click changed nothing, for when no card of the case can be shown to the caller.</summary>
public static class RefusalCard
{
    public static AdaptiveCard Build(string text) => new()
    {
        FallbackText = text,
        Body = [NoticeBlock.Build(text, refusal: true)],
    };
}
