using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.State;
using CaseBot.Cases;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Changes;
using CaseBot.Dialogs.Root;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// "post here REF", typed by the case's lead in a Teams group chat: the case's shared cards (agenda, action list, record) go to this
/// chat from now on. Only when everyone in the chat is the lead or an attendee of the case's latest meeting (a Case Management
/// Meeting's cards never reach the individual or their representative); the chat's members are read from Teams, not trusted.
/// Anyone but the lead gets the answer for a case that does not exist, or the lead-only rule if they take part in the case.
/// The chat remembers (in its conversation state) which cases post there, so that when someone who is not an attendee joins it
/// (<see cref="MembersJoinedAsync"/>) those cases go back to 1:1 chats at once.
/// </summary>
public sealed class GroupChatCommand(ICaseRepository cases, CaseChanges changes, IChatMembers members, ConversationState conversationState, TimeProvider time)
{
    /// <summary>The actor audited when a join takes a case out of its chat.</summary>
    public const string JoinActor = "chat:member-joined";
    private const string GroupChat = "groupChat";
    private readonly IStatePropertyAccessor<List<Guid>> _casesHere = conversationState.CreateProperty<List<Guid>>("groupChatCases");

    public async Task AnswerAsync(ITurnContext turnContext, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await turnContext.SendActivityAsync(MessageFactory.Markdown(await DecideAsync(turnContext, reference, cancellationToken)), cancellationToken);
    }

    /// <summary>
    /// People joined a group chat: every case posting there for which one of them is neither the lead nor an attendee goes back to
    /// 1:1 chats, and the chat is told (without naming the case). Teams sends this when members are added to a chat with CaseBot.
    /// </summary>
    public async Task MembersJoinedAsync(ITurnContext turnContext, IReadOnlyList<ChannelAccount> joined, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(joined);
        var activity = turnContext.Activity;
        if (!IsGroupChat(activity, out var chat) || await _casesHere.GetAsync(turnContext, cancellationToken: cancellationToken) is not { Count: > 0 } here)
        {
            return;
        }

        var people = joined.Where(m => m.Id != activity.Recipient?.Id).Select(m => string.IsNullOrWhiteSpace(m.AadObjectId) ? null : m.AadObjectId).ToList();
        var left = false;
        foreach (var caseId in here.ToList())
        {
            var criticalCase = await cases.FindByIdAsync(caseId, cancellationToken);
            if (criticalCase is not null && criticalCase.GroupChatId == chat)
            {
                var allowed = criticalCase.GroupChatMayInclude;
                if (people.TrueForAll(id => id is not null && allowed.Contains(id)))
                {
                    continue;
                }

                left |= await LeaveAsync(criticalCase, chat, cancellationToken);
            }

            here.Remove(caseId);
        }

        await _casesHere.SetAsync(turnContext, here, cancellationToken);
        if (left)
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(AttendeeText.ChatLeft), cancellationToken);
        }
    }

    // Takes the case out of the chat (CaseBot's own change: the chat's members changed, nobody asked). A case that still cannot be
    // saved after every retry fails the turn (logged) rather than being forgotten here while it still posts to the chat.
    private async Task<bool> LeaveAsync(CriticalCase criticalCase, string chat, CancellationToken cancellationToken)
    {
        var result = await changes.ApplyAsync(criticalCase, JoinActor, current => current.LeaveGroupChat(chat, time.GetUtcNow())
            ? CaseChange<bool>.Saved(true, [])
            : CaseChange<bool>.Unchanged(false), cancellationToken);
        return result.Status switch
        {
            CaseChangeStatus.Saved => true,
            CaseChangeStatus.Conflict => throw new CaseConflictException(),
            _ => false,
        };
    }

    private async Task<string> DecideAsync(ITurnContext turnContext, string reference, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!IsGroupChat(activity, out var chat))
        {
            return AttendeeText.PostHereInGroupChat;
        }

        var caller = activity.Caller();
        var found = CaseReference.TryParse(reference, out var parsed) ? await cases.FindAsync(caller.TenantId, parsed!, cancellationToken) : null;
        if (found is null || !found.ParticipantAadObjectIds.Contains(caller.AadObjectId))
        {
            return CaseText.NoCaseFound;
        }

        if (!found.IsLead(caller.AadObjectId))
        {
            return CaseText.OnlyLeadChoosesChat;
        }

        if (found.LatestMeeting is not { } meeting)
        {
            return AttendeeText.PlanBeforeChat;
        }

        IReadOnlyList<string?> inChat;
        try
        {
            inChat = await members.AadObjectIdsAsync(turnContext, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return AttendeeText.ChatMembersUnknown;
        }

        var allowed = found.GroupChatMayInclude;
        var outsiders = inChat.Count(id => id is null || !allowed.Contains(id));
        if (outsiders > 0 || inChat.Count == 0)
        {
            return AttendeeText.ChatHasOutsiders(Math.Max(outsiders, 1), meeting.Plan.Type);
        }

        try
        {
            var chosen = await changes.ApplyAsync(found.Id, caller, current => current.UseGroupChat(caller.AadObjectId, chat, time.GetUtcNow())
                ? CaseChange<bool>.Saved(true, [])
                : CaseChange<bool>.Unchanged(false), cancellationToken);
            if (chosen.Status == CaseChangeStatus.Conflict)
            {
                return RootText.TryAgain;
            }

            var here = await _casesHere.GetAsync(turnContext, () => [], cancellationToken) ?? [];
            if (!here.Contains(found.Id))
            {
                here.Add(found.Id);
                await _casesHere.SetAsync(turnContext, here, cancellationToken);
            }
        }
        catch (CaseRuleException ex)
        {
            return ex.Message;
        }

        return AttendeeText.ChatChosen(found.Reference);
    }

    private static bool IsGroupChat(Activity activity, out string chat)
    {
        chat = activity.Conversation?.Id ?? string.Empty;
        return chat.Length > 0 && string.Equals(activity.Conversation?.ConversationType, GroupChat, StringComparison.OrdinalIgnoreCase);
    }
}
