using System.Text.Json;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Bot.Delivery;

/// <summary>
/// Queues a plain note to a case's lead when one of the case's messages cannot reach its recipient: once per message (the note's
/// dedup key is the message id), naming the recipient's role only.
/// </summary>
internal sealed class LeadNotes(ICaseRepository cases, IOutboxStore outbox, IOutboxSignal signal, TimeProvider timeProvider)
{
    /// <summary>Returns whether a note was queued (not for notes themselves, messages about no case, or messages to the lead).</summary>
    public async Task<bool> TellLeadAsync(OutboxMessageEntity undelivered, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(undelivered);
        if (undelivered.CaseId is not { } caseId || undelivered.Kind == DeliveryCodes.NoteKind
            || await cases.FindByIdAsync(caseId, cancellationToken) is not { } criticalCase
            || (undelivered.RecipientAadObjectId is { } recipient && criticalCase.IsLead(recipient)))
        {
            return false;
        }

        var text = code == DeliveryCodes.NotInChat
            ? DeliveryText.NotInChat(criticalCase.Reference.Value)
            : DeliveryText.NotInstalled(criticalCase.Reference.Value, RoleOf(criticalCase, undelivered.RecipientAadObjectId) is { } role ? RoleCatalogue.Name(role) : null);
        var now = timeProvider.GetUtcNow();
        await outbox.EnqueueAsync(
            new OutboxMessageEntity
            {
                Id = Guid.NewGuid(),
                TenantId = criticalCase.TenantId,
                CaseId = caseId,
                Kind = DeliveryCodes.NoteKind,
                RecipientAadObjectId = criticalCase.LeadAadObjectId,
                ActivityJson = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = text }, BotJson.Options),
                DedupKey = $"undelivered/{undelivered.Id:N}",
                CreatedAt = now,
                DueAt = now,
            },
            cancellationToken);
        signal.Nudge();
        return true;
    }

    private static Role? RoleOf(CriticalCase criticalCase, string? aadObjectId)
    {
        if (aadObjectId is null)
        {
            return null;
        }

        return criticalCase.Meetings.Reverse().Select(m => m.AttendeeWith(aadObjectId)).FirstOrDefault(a => a is not null)?.Role
            ?? criticalCase.Actions.FirstOrDefault(a => string.Equals(a.OwnerAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase))?.OwnerRole;
    }
}
