using CaseBot.BotFramework.Builder;
using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Dialogs.Root;

namespace CaseBot.Dialogs.Status;

/// <summary>
/// "export &lt;reference&gt;": an admin gets everything held about the case as a JSON file, for a subject access request. Anyone else, and
/// an admin asking for a case that does not exist, gets "no case found". Every export attempt is audited.
/// </summary>
public sealed class ExportCommand(ICaseRepository cases, CaseAccessPolicy access, IAuditLog audit, TimeProvider time)
{
    public async Task AnswerAsync(ITurnContext turnContext, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!CaseReference.TryParse(argument, out var reference))
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(ExportText.NeedsReference), cancellationToken);
            return;
        }

        var caller = CaseCallers.Of(turnContext.Activity);
        var found = await cases.FindAsync(caller.TenantId, reference!, cancellationToken);
        var isAdmin = (await access.RolesAsync(caller, cancellationToken)).HasFlag(CallerRoles.Admin);
        var outcome = found is null ? AuditOutcome.NotFound : isAdmin ? AuditOutcome.Shown : AuditOutcome.Denied;
        var now = time.GetUtcNow();
        await audit.AppendAsync(
            new AuditEntry(now, caller.TenantId, caller.AadObjectId, AuditAction.CaseExported, outcome, found?.Id, reference), cancellationToken);
        if (outcome != AuditOutcome.Shown)
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(RootText.NoCaseFound), cancellationToken);
            return;
        }

        var reply = MessageFactory.Markdown(ExportText.Exported(reference!.Value));
        reply.Attachments = [DataFile.For("case", reference, "json", ExportDocument.ContentType, ExportDocument.From(found!, now).ToJson())];
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
