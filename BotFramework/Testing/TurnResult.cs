using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Testing;

/// <summary>What the bot sent during one test turn, and the invoke response if it was an invoke.</summary>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse)
{
    /// <summary>The texts of the replies, in order (cards contribute nothing).</summary>
    public IReadOnlyList<string> Texts => Replies.Where(r => r.Text is not null).Select(r => r.Text!).ToList();

    /// <summary>The Action.Execute answer (card, message or error) carried in the invoke response body; null if there is none.</summary>
    public AdaptiveCardInvokeResponse? CardResponse
        => InvokeResponse?.Body is { ValueKind: JsonValueKind.Object } body
            ? body.Deserialize<AdaptiveCardInvokeResponse>(BotJson.Options)
            : null;
}
