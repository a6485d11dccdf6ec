using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Testing;

/// <summary>Card clicks for conversation tests: an Action.Execute arrives as an <c>adaptiveCard/action</c> invoke, as Teams sends it.</summary>
public static class TestAdapterActions
{
    /// <summary>The invoke Teams sends when the user presses an Action.Execute with <paramref name="verb"/> on the card <paramref name="replyToId"/>.</summary>
    public static Activity MakeActionExecute(
        this TestAdapter adapter, string verb, object? data = null, string? replyToId = null, string trigger = "manual")
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var invoke = adapter.MakeActivity(type: ActivityTypes.Invoke);
        invoke.Name = ActivityHandler.AdaptiveCardActionInvokeName;
        invoke.ReplyToId = replyToId;
        var action = new Dictionary<string, object> { ["type"] = "Action.Execute", ["verb"] = verb };
        if (data is not null)
        {
            action["data"] = data is JsonElement element ? element : BotJson.ToElement(data);
        }

        invoke.Value = BotJson.ToElement(new Dictionary<string, object> { ["action"] = action, ["trigger"] = trigger });
        return invoke;
    }

    /// <summary>Presses an Action.Execute and returns the turn; <see cref="TurnResult.CardResponse"/> is the bot's answer.</summary>
    public static Task<TurnResult> ExecuteActionAsync(
        this TestAdapter adapter, string verb, object? data, IBot bot, string? replyToId = null, CancellationToken cancellationToken = default)
        => adapter.SendAsync(adapter.MakeActionExecute(verb, data, replyToId), bot, cancellationToken);
}
