using CaseBot.BotFramework.Builder;
using CaseBot.Cards;
using CaseBot.Cards.Status;
using CaseBot.Cases.Access;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CaseFiles;
using CaseBot.Dialogs.Root;
using Microsoft.Extensions.Logging;

namespace CaseBot.Dialogs.Status;

/// <summary>
/// "status &lt;reference&gt;" and the search card's "Look up": the status card for the case's lead, advice-line staff and admins;
/// for everyone else exactly the answer given for a case that does not exist. Every lookup is audited, whatever its outcome.
/// </summary>
public sealed partial class StatusCommand(
    ICaseRepository cases, CaseAccessPolicy access, IAuditLog audit, AdviceLineHours ukHours, TimeProvider time, ILogger<StatusCommand> logger)
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

        var caller = CaseCallers.Of(turnContext.Activity);
        var found = await cases.FindAsync(caller.TenantId, reference!, cancellationToken);
        var decision = await access.DecideAsync(caller, found is null ? null : CaseParticipants.Of(found), cancellationToken);
        var now = time.GetUtcNow();
        await audit.AppendAsync(
            new AuditEntry(now, caller.TenantId, caller.AadObjectId, AuditAction.CaseLookup, StatusReplies.Outcome(decision.Outcome), found?.Id, reference),
            cancellationToken);
        LogLookup(logger, decision.Outcome, decision.Basis);
        if (!decision.MayShow)
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(RootText.NoCaseFound), cancellationToken);
            return;
        }

        // Actions (issue 6) and bookings are not stored yet: the card says "no actions yet" and "not booked yet" until they are.
        var card = StatusCard.Build(CaseStatus.Of(found!, now, ukHours.Zone), ukHours.Zone, ukHours.Describe(ukHours.Status(now)));
        await turnContext.SendActivityAsync(CardAttachment.Message(card), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case lookup answered: {Outcome} ({Basis})")]
    private static partial void LogLookup(ILogger logger, CaseAccessOutcome outcome, CaseAccessBasis basis);
}
