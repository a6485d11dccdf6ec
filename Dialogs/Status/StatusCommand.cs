using CaseBot.BotFramework.Builder;
using CaseBot.Cards;
using CaseBot.Cards.Status;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Lookups;
using CaseBot.Dialogs.Root;

namespace CaseBot.Dialogs.Status;

/// <summary>
/// "status &lt;reference&gt;" and the search card's "Look up": the status card for the case's lead, advice-line staff and admins;
/// for everyone else exactly the answer given for a case that does not exist. Every lookup is audited, whatever its outcome.
/// </summary>
public sealed class StatusCommand(CaseLookups lookups, AdviceLineHours ukHours)
{
    public async Task AnswerAsync(ITurnContext turnContext, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (string.IsNullOrWhiteSpace(argument))
        {
            await turnContext.SendActivityAsync(CardAttachment.Message(CaseSearchCard.Build()), cancellationToken);
            return;
        }

        if (!CaseReference.TryParse(argument, out var reference))
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(RootText.StatusNeedsReference), cancellationToken);
            return;
        }

        var lookup = await lookups.LookUpAsync(turnContext.Activity.Caller(), reference!, cancellationToken);
        if (lookup.Shown is not { } found)
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(CaseText.NoCaseFound), cancellationToken);
            return;
        }

        var card = StatusCard.Build(
            CaseStatus.Of(found, lookup.At, ukHours.Zone), ukHours.Zone, ukHours.Describe(ukHours.Status(lookup.At)), forLead: found.IsLead(turnContext.Activity.Caller().AadObjectId));
        await turnContext.SendActivityAsync(CardAttachment.Message(card), cancellationToken);
    }
}
