using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.State;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Chats;
using CaseBot.Dialogs.Root;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// "post here REF", typed by the case's lead in a Teams group chat: the case's shared cards (agenda, action list, record) go to this
/// chat from now on, when <see cref="GroupChats"/> allows it (everyone in the chat the lead or an attendee of the latest meeting; the
/// members are read from Teams, not trusted). Anyone but the lead gets the answer for a case that does not exist, or the lead-only
/// rule if they take part in the case. The chat remembers (in its conversation state) which cases post there, so that when someone
/// who is not an attendee joins it (<see cref="MembersJoinedAsync"/>) those cases go back to 1:1 chats at once.
/// </summary>
public sealed class GroupChatCommand(GroupChats groupChats, IChatMembers members, ConversationState conversationState)
{
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
        var (stillHere, anyLeft) = await groupChats.MembersJoinedAsync(chat, people, here, cancellationToken);
        await _casesHere.SetAsync(turnContext, [.. stillHere], cancellationToken);
        if (anyLeft)
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(AttendeeText.ChatLeft), cancellationToken);
        }
    }

    private async Task<string> DecideAsync(ITurnContext turnContext, string reference, CancellationToken cancellationToken)
    {
        if (!IsGroupChat(turnContext.Activity, out var chat))
        {
            return AttendeeText.PostHereInGroupChat;
        }

        var choice = await groupChats.ChooseAsync(turnContext.Activity.Caller(), reference, chat, ct => members.AadObjectIdsAsync(turnContext, ct), cancellationToken);
        if (choice is { Outcome: GroupChatOutcome.Chosen, CaseId: { } chosen })
        {
            var here = await _casesHere.GetAsync(turnContext, () => [], cancellationToken) ?? [];
            if (!here.Contains(chosen))
            {
                here.Add(chosen);
                await _casesHere.SetAsync(turnContext, here, cancellationToken);
            }
        }

        return choice.Outcome switch
        {
            GroupChatOutcome.Chosen => AttendeeText.ChatChosen(choice.Reference!),
            GroupChatOutcome.NotFound => CaseText.NoCaseFound,
            GroupChatOutcome.NotLead => CaseText.OnlyLeadChoosesChat,
            GroupChatOutcome.NoMeeting => AttendeeText.PlanBeforeChat,
            GroupChatOutcome.MembersUnknown => AttendeeText.ChatMembersUnknown,
            GroupChatOutcome.Outsiders => AttendeeText.ChatHasOutsiders(choice.Outsiders, choice.MeetingType!.Value),
            GroupChatOutcome.Refused => choice.Refusal!,
            _ => RootText.TryAgain,
        };
    }

    private static bool IsGroupChat(Activity activity, out string chat)
    {
        chat = activity.Conversation?.Id ?? string.Empty;
        return chat.Length > 0 && string.Equals(activity.Conversation?.ConversationType, GroupChat, StringComparison.OrdinalIgnoreCase);
    }
}
