using CaseBot.BotFramework.Builder;
using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Dialogs.Root;

namespace CaseBot.Dialogs.Status;

/// <summary>
/// "audit &lt;reference&gt;": an admin gets the case's audit trail as a CSV file (lookups of it included, even while it did not
/// exist). Anyone else gets "no case found", as for a missing case. The export is itself audited.
/// </summary>
public sealed class AuditExportCommand(ICaseRepository cases, CaseAccessPolicy access, IAuditLog audit, TimeProvider time)
{
    public async Task AnswerAsync(ITurnContext turnContext, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!CaseReference.TryParse(argument, out var reference))
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(StatusCommandText.AuditNeedsReference), cancellationToken);
            return;
        }

        var caller = CaseCallers.Of(turnContext.Activity);
        var found = await cases.FindAsync(caller.TenantId, reference!, cancellationToken);
        var isAdmin = (await access.RolesAsync(caller, cancellationToken)).HasFlag(CallerRoles.Admin);
        var trail = isAdmin ? await audit.ForCaseAsync(caller.TenantId, reference!, cancellationToken) : [];
        var outcome = !isAdmin ? (found is null ? AuditOutcome.NotFound : AuditOutcome.Denied)
            : found is null && trail.Count == 0 ? AuditOutcome.NotFound
            : AuditOutcome.Shown;
        await audit.AppendAsync(
            new AuditEntry(time.GetUtcNow(), caller.TenantId, caller.AadObjectId, AuditAction.AuditExported, outcome, found?.Id, reference),
            cancellationToken);
        if (outcome != AuditOutcome.Shown)
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(RootText.NoCaseFound), cancellationToken);
            return;
        }

        var reply = MessageFactory.Markdown(StatusCommandText.AuditExported(reference!.Value, trail.Count));
        reply.Attachments = [DataFile.For("audit", reference, "csv", AuditCsv.ContentType, AuditCsv.Write(trail))];
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
