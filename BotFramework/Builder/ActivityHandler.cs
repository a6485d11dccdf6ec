using System.Text.Json;
using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Builder;

/// <summary>
/// Dispatches a turn by activity type, as Microsoft.Bot.Builder.ActivityHandler does; override the parts the bot needs.
/// Unknown activity types are ignored; unknown invokes answer 501.
/// </summary>
public abstract class ActivityHandler : IBot
{
    public const string AdaptiveCardActionInvokeName = "adaptiveCard/action";

    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Invoke => OnInvokeTurnAsync(turnContext, cancellationToken),
            ActivityTypes.Event => OnEventActivityAsync(turnContext, cancellationToken),
            _ => OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken),
        };
    }

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var botId = turnContext.Activity.Recipient?.Id;
        var added = turnContext.Activity.MembersAdded?.Where(m => m.Id != botId).ToList() ?? [];
        if (added.Count > 0)
        {
            return OnMembersAddedAsync(added, turnContext, cancellationToken);
        }

        var removed = turnContext.Activity.MembersRemoved?.Where(m => m.Id != botId).ToList() ?? [];
        return removed.Count > 0 ? OnMembersRemovedAsync(removed, turnContext, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>People (never the bot itself) joined the conversation.</summary>
    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>People (never the bot itself) left the conversation; the bot's own removal arrives as installationUpdate remove.</summary>
    protected virtual Task OnMembersRemovedAsync(IReadOnlyList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken)
        => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Action switch
        {
            "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            "remove" or "remove-upgrade" => OnInstallationUpdateRemoveAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An <c>event</c> activity (a named signal from the channel, such as a Teams meeting starting); ignored by default.</summary>
    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Answers an Action.Execute; the default says the action is not supported.</summary>
    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
        => Task.FromResult(AdaptiveCardInvokeResponse.Error(501, "NotSupported", BotMessages.ActionNotSupported));

    /// <summary>Other invoke names; the default answers 501 Not Implemented.</summary>
    protected virtual Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => Task.FromResult(new InvokeResponse(501));

    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task OnInvokeTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        InvokeResponse response;
        if (turnContext.Activity.Name == AdaptiveCardActionInvokeName)
        {
            var value = ReadInvokeValue(turnContext.Activity, out var error);
            response = value is null
                ? error!.ToInvokeResponse(error.StatusCode)
                : (await OnAdaptiveCardInvokeAsync(turnContext, value, cancellationToken)).ToInvokeResponse();
        }
        else
        {
            response = await OnInvokeActivityAsync(turnContext, cancellationToken);
        }

        await turnContext.SendInvokeResponseAsync(response, cancellationToken);
    }

    // botbuilder's GetAdaptiveCardInvokeValue: a missing or unreadable value or action is BadRequest, any other action type
    // NotSupported; both answer HTTP 400 with an application/vnd.microsoft.error body.
    private static AdaptiveCardInvokeValue? ReadInvokeValue(Activity activity, out AdaptiveCardInvokeResponse? error)
    {
        var value = Deserialize(activity.Value);
        error = value?.Action is null
            ? AdaptiveCardInvokeResponse.Error(400, "BadRequest", BotMessages.InvalidAction)
            : value.Action.Type != "Action.Execute"
                ? AdaptiveCardInvokeResponse.Error(400, "NotSupported", BotMessages.ActionNotSupported)
                : null;
        return error is null ? value : null;
    }

    private static AdaptiveCardInvokeValue? Deserialize(JsonElement? raw)
    {
        if (raw is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        try
        {
            return value.Deserialize<AdaptiveCardInvokeValue>(BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
