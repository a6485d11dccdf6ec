using CaseBot.BotFramework.Builder;
using CaseBot.Cards;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Meetings;
using CaseBot.Cards.Model;
using CaseBot.Cases.Access;
using CaseBot.Cases.AdviceLine;
using CaseBot.Casework.Actions;
using CaseBot.Dialogs.Root;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// "my actions": the caller's open actions across the cases of their tenant that they lead or attend, as a card with "Mark done" on
/// each. Answered in the 1:1 chat only, so a person's actions are not posted to a group.
/// </summary>
public sealed class MyActionsCommand(MyActions myActions, AdviceLineHours ukHours, TimeProvider time)
{
    public async Task AnswerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Conversation?.ConversationType is { } type && !string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase))
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(AttendeeText.MyActionsInPersonalChat), cancellationToken);
            return;
        }

        var card = await CardForAsync(turnContext.Activity.Caller(), null, cancellationToken);
        await turnContext.SendActivityAsync(CardAttachment.Message(card), cancellationToken);
    }

    /// <summary>The caller's "my actions" card as it stands now, with <paramref name="notice"/> first.</summary>
    internal async Task<AdaptiveCard> CardForAsync(CaseCaller caller, CardNotice? notice, CancellationToken cancellationToken)
    {
        return MyActionsCard.Build(await myActions.OpenAsync(caller, cancellationToken), CardDates.Today(time.GetUtcNow(), ukHours.Zone), notice);
    }
}
