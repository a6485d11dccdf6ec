using CaseBot.BotFramework.Builder;
using CaseBot.Cases.Access;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Exports;
using CaseBot.Dialogs.Root;

namespace CaseBot.Dialogs.Status;

/// <summary>
/// The admins' "export &lt;reference&gt;" (everything held about the case as a JSON file, for a subject access request) and "audit
/// &lt;reference&gt;" (its audit trail as CSV), through <see cref="CaseExports"/>. Anyone else, and a case with nothing to give, gets
/// "no case found". Every attempt is audited there.
/// </summary>
public sealed class ExportCommands(CaseExports exports)
{
    public Task ExportAsync(ITurnContext turnContext, string argument, CancellationToken cancellationToken)
        => AnswerAsync(turnContext, argument, ExportText.NeedsReference, exports.CaseDataAsync, (reference, _) => ExportText.Exported(reference), cancellationToken);

    public Task AuditAsync(ITurnContext turnContext, string argument, CancellationToken cancellationToken)
        => AnswerAsync(turnContext, argument, ExportText.AuditNeedsReference, exports.AuditTrailAsync, ExportText.AuditExported, cancellationToken);

    private static async Task AnswerAsync(
        ITurnContext turnContext, string argument, string needsReference, Func<CaseCaller, CaseReference, CancellationToken, Task<CaseExport>> export,
        Func<string, int, string> said, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!CaseReference.TryParse(argument, out var reference))
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(needsReference), cancellationToken);
            return;
        }

        var result = await export(turnContext.Activity.Caller(), reference!, cancellationToken);
        if (result is not { Shown: true, File: { } file })
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(CaseText.NoCaseFound), cancellationToken);
            return;
        }

        var reply = MessageFactory.Markdown(said(reference!.Value, result.Entries));
        reply.Attachments = [DataFile.For(file)];
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
