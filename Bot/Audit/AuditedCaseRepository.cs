using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Bot.Audit;

/// <summary>
/// Audits every change made through <see cref="ICaseRepository"/>: opening a case (saved, or refused for a duplicate reference) and
/// every later change (what it was comes from the case's newest chronology entry; a lost race is audited as refused). Reads are
/// audited where the caller is known (the status lookup), not here.
/// </summary>
internal sealed class AuditedCaseRepository(ICaseRepository inner, IAuditLog audit, TimeProvider timeProvider) : ICaseRepository
{
    public async Task AddAsync(CriticalCase criticalCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        try
        {
            await inner.AddAsync(criticalCase, cancellationToken);
        }
        catch (DuplicateCaseReferenceException)
        {
            await AppendAsync(criticalCase, criticalCase.LeadAadObjectId, AuditAction.CaseOpened, null, AuditOutcome.Refused, cancellationToken);
            throw;
        }

        await AppendAsync(criticalCase, criticalCase.LeadAadObjectId, AuditAction.CaseOpened, criticalCase.Id, AuditOutcome.Saved, cancellationToken);
    }

    public Task<CriticalCase?> FindAsync(string tenantId, CaseReference reference, CancellationToken cancellationToken)
        => inner.FindAsync(tenantId, reference, cancellationToken);

    public Task<CriticalCase?> FindByIdAsync(Guid caseId, CancellationToken cancellationToken)
        => inner.FindByIdAsync(caseId, cancellationToken);

    public async Task UpdateAsync(CriticalCase criticalCase, string actorAadObjectId, IReadOnlyList<CaseNotice> notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var action = ActionOf(criticalCase);
        try
        {
            await inner.UpdateAsync(criticalCase, actorAadObjectId, notices, cancellationToken);
        }
        catch (CaseConflictException)
        {
            await AppendAsync(criticalCase, actorAadObjectId, action, criticalCase.Id, AuditOutcome.Refused, cancellationToken);
            throw;
        }

        await AppendAsync(criticalCase, actorAadObjectId, action, criticalCase.Id, AuditOutcome.Saved, cancellationToken);
    }

    public IAsyncEnumerable<CriticalCase> ListByStageAsync(IReadOnlyCollection<CaseStage> stages, CancellationToken cancellationToken)
        => inner.ListByStageAsync(stages, cancellationToken);

    // Teams' meeting events find their case here; what the event then changes is audited with the save, as Teams' doing.
    public Task<CriticalCase?> FindByMeetingChatAsync(string tenantId, string chatId, CancellationToken cancellationToken)
        => inner.FindByMeetingChatAsync(tenantId, chatId, cancellationToken);

    public Task<IReadOnlyList<CriticalCase>> ListForParticipantAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
        => inner.ListForParticipantAsync(tenantId, aadObjectId, cancellationToken);

    // History, not Chronology: the newest change may be one of the individual's private preparation events.
    private static AuditAction ActionOf(CriticalCase criticalCase) => criticalCase.History.Count == 0 ? AuditAction.CaseOpened : criticalCase.History[^1].Kind switch
    {
        ChronologyKind.MeetingBooked => AuditAction.MeetingBooked,
        ChronologyKind.MeetingRescheduled => AuditAction.MeetingRescheduled,
        ChronologyKind.MeetingCancelled => AuditAction.MeetingCancelled,
        ChronologyKind.MeetingHeld => AuditAction.MeetingHeld,
        ChronologyKind.ActionDone => AuditAction.ActionTicked,
        ChronologyKind.RecordConfirmed or ChronologyKind.CorrectionRequested => AuditAction.RecordAnswered,
        ChronologyKind.Reminder => AuditAction.ReminderSent,
        ChronologyKind.Closed => AuditAction.CaseClosed,
        ChronologyKind.Reopened => AuditAction.CaseReopened,
        ChronologyKind.Escalated => AuditAction.CaseEscalated,
        ChronologyKind.SteppedDown => AuditAction.CaseSteppedDown,
        ChronologyKind.StuckFlagged => AuditAction.StuckFlagged,
        ChronologyKind.GroupChatChosen => AuditAction.GroupChatChosen,
        ChronologyKind.GroupChatLeft => AuditAction.GroupChatLeft,
        ChronologyKind.KeyDate => AuditAction.KeyDateAdded,
        ChronologyKind.MeetingStarted => AuditAction.MeetingStarted,
        ChronologyKind.MeetingEnded => AuditAction.MeetingEnded,
        ChronologyKind.PreparationAnswered => AuditAction.PreparationAnswered,
        ChronologyKind.PreparationReplied => AuditAction.PreparationReplied,
        ChronologyKind.PreparationArranged => AuditAction.PreparationArranged,
        ChronologyKind.PreparationReminded => AuditAction.PreparationReminded,
        ChronologyKind.Triaged or ChronologyKind.MeetingRecommended or ChronologyKind.MeetingDecided => AuditAction.CaseOpened,
        _ => throw new ArgumentOutOfRangeException(nameof(criticalCase), criticalCase.History[^1].Kind, "Every chronology kind needs its audit action."),
    };

    // A refused duplicate names no case id: that case was never saved.
    private Task AppendAsync(CriticalCase criticalCase, string actor, AuditAction action, Guid? caseId, AuditOutcome outcome, CancellationToken cancellationToken)
        => audit.AppendAsync(
            new AuditEntry(timeProvider.GetUtcNow(), criticalCase.TenantId, Actor(actor), action, outcome, caseId, criticalCase.Reference),
            cancellationToken);

    private static string Actor(string id) => string.IsNullOrWhiteSpace(id) ? AuditEntry.UnknownActor : id;
}
