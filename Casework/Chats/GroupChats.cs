using CaseBot.Cases;
using CaseBot.Cases.Access;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Changes;

namespace CaseBot.Casework.Chats;

/// <summary>
/// A group chat for a case's shared cards (agenda, action list, record): chosen by the case's lead, only when everyone in the chat is
/// the lead or an attendee of the latest meeting (a Case Management Meeting's cards never reach the individual or their
/// representative); and left again, by CaseBot itself, as soon as someone else joins. The chat's members are read from the channel by
/// the caller and handed in; nothing here trusts who says they are in it.
/// </summary>
public sealed class GroupChats(ICaseRepository cases, CaseChanges changes, TimeProvider time)
{
    /// <summary>The actor audited when a join takes a case out of its chat.</summary>
    public const string JoinActor = "chat:member-joined";

    /// <param name="caller">Who asks: the case's lead, or they are told why not.</param>
    /// <param name="reference">The case, as typed.</param>
    /// <param name="chatId">The group chat.</param>
    /// <param name="members">Reads the chat's members (Entra ids; null for one without), asked only once the case allows it.</param>
    /// <param name="cancellationToken">Cancels reads and saves.</param>
    public async Task<GroupChatChoice> ChooseAsync(
        CaseCaller caller, string reference, string chatId, Func<CancellationToken, Task<IReadOnlyList<string?>>> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(members);
        var found = CaseReference.TryParse(reference, out var parsed) ? await cases.FindAsync(caller.TenantId, parsed!, cancellationToken) : null;
        if (found is null || !found.ParticipantAadObjectIds.Contains(caller.AadObjectId))
        {
            return new GroupChatChoice(GroupChatOutcome.NotFound);
        }

        if (!found.IsLead(caller.AadObjectId))
        {
            return new GroupChatChoice(GroupChatOutcome.NotLead);
        }

        if (found.LatestMeeting is not { } meeting)
        {
            return new GroupChatChoice(GroupChatOutcome.NoMeeting);
        }

        IReadOnlyList<string?> inChat;
        try
        {
            inChat = await members(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new GroupChatChoice(GroupChatOutcome.MembersUnknown);
        }

        var allowed = found.GroupChatMayInclude;
        var outsiders = inChat.Count(id => id is null || !allowed.Contains(id));
        if (outsiders > 0 || inChat.Count == 0)
        {
            return new GroupChatChoice(GroupChatOutcome.Outsiders, Outsiders: Math.Max(outsiders, 1), MeetingType: meeting.Plan.Type);
        }

        try
        {
            var chosen = await changes.ApplyAsync(found.Id, caller, current => current.UseGroupChat(caller.AadObjectId, chatId, time.GetUtcNow())
                ? CaseChange<bool>.Saved(true, [])
                : CaseChange<bool>.Unchanged(false), cancellationToken);
            return chosen.Status == CaseChangeStatus.Conflict
                ? new GroupChatChoice(GroupChatOutcome.CaseChanged)
                : new GroupChatChoice(GroupChatOutcome.Chosen, found.Id, found.Reference);
        }
        catch (CaseRuleException ex)
        {
            return new GroupChatChoice(GroupChatOutcome.Refused, Refusal: ex.Message);
        }
    }

    /// <summary>
    /// People joined <paramref name="chatId"/>: each of <paramref name="caseIds"/> still posting there, for which one of them is neither
    /// the lead nor an attendee, goes back to 1:1 chats. Returns the cases that still post to the chat, and whether any left it. A case
    /// whose save keeps losing races fails the call (<see cref="CaseConflictException"/>) rather than being forgotten while it still posts.
    /// </summary>
    /// <param name="chatId">The group chat.</param>
    /// <param name="joined">Who joined (Entra ids; null for one without), CaseBot itself left out.</param>
    /// <param name="caseIds">The cases the chat remembers posting there.</param>
    /// <param name="cancellationToken">Cancels reads and saves.</param>
    public async Task<(IReadOnlyList<Guid> StillHere, bool AnyLeft)> MembersJoinedAsync(
        string chatId, IReadOnlyList<string?> joined, IReadOnlyList<Guid> caseIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(joined);
        ArgumentNullException.ThrowIfNull(caseIds);
        var stillHere = new List<Guid>();
        var anyLeft = false;
        foreach (var caseId in caseIds)
        {
            var criticalCase = await cases.FindByIdAsync(caseId, cancellationToken);
            if (criticalCase is null || criticalCase.GroupChatId != chatId)
            {
                continue;
            }

            var allowed = criticalCase.GroupChatMayInclude;
            if (joined.All(id => id is not null && allowed.Contains(id)))
            {
                stillHere.Add(caseId);
                continue;
            }

            anyLeft |= await LeaveAsync(criticalCase, chatId, cancellationToken);
        }

        return (stillHere, anyLeft);
    }

    // CaseBot's own change (the chat's members changed, nobody asked), under the one retry policy.
    private async Task<bool> LeaveAsync(CriticalCase criticalCase, string chatId, CancellationToken cancellationToken)
    {
        var result = await changes.ApplyAsync(criticalCase, JoinActor, current => current.LeaveGroupChat(chatId, time.GetUtcNow())
            ? CaseChange<bool>.Saved(true, [])
            : CaseChange<bool>.Unchanged(false), cancellationToken);
        return result.Status switch
        {
            CaseChangeStatus.Saved => true,
            CaseChangeStatus.Conflict => throw new CaseConflictException(),
            _ => false,
        };
    }
}
