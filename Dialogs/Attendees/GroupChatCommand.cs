using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CaseFiles;
using CaseBot.Dialogs.Root;
using CaseBot.Dialogs.Status;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// "post here REF", typed by the case's lead in a Teams group chat: the case's shared cards (agenda, action list, record) go to this
/// chat from now on. Only when everyone in the chat is the lead or an attendee of the case's latest meeting (a Case Management
/// Meeting's cards never reach the individual or their representative); the chat's members are read from Teams, not trusted.
/// Anyone but the lead gets the answer for a case that does not exist, or the lead-only rule if they take part in the case.
/// </summary>
public sealed class GroupChatCommand(ICaseRepository cases, IChatMembers members, TimeProvider time)
{
    private const string GroupChat = "groupChat";

    public async Task AnswerAsync(ITurnContext turnContext, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await turnContext.SendActivityAsync(Markdown(await DecideAsync(turnContext, reference, cancellationToken)), cancellationToken);
    }

    private async Task<string> DecideAsync(ITurnContext turnContext, string reference, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!string.Equals(activity.Conversation?.ConversationType, GroupChat, StringComparison.OrdinalIgnoreCase) || activity.Conversation?.Id is not { Length: > 0 } chat)
        {
            return AttendeeText.PostHereInGroupChat;
        }

        var caller = CaseCallers.Of(activity);
        var found = CaseReference.TryParse(reference, out var parsed) ? await cases.FindAsync(caller.TenantId, parsed!, cancellationToken) : null;
        if (found is null || !found.ParticipantAadObjectIds.Contains(caller.AadObjectId))
        {
            return RootText.NoCaseFound;
        }

        if (!found.IsLead(caller.AadObjectId))
        {
            return CaseText.OnlyLeadChoosesChat;
        }

        if (found.Meetings.LastOrDefault(m => m.Status != MeetingStatus.Cancelled) is not { } meeting)
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

        var allowed = meeting.AttendeeAadObjectIds.Append(found.LeadAadObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var outsiders = inChat.Count(id => id is null || !allowed.Contains(id));
        if (outsiders > 0 || inChat.Count == 0)
        {
            return AttendeeText.ChatHasOutsiders(Math.Max(outsiders, 1), meeting.Plan.Type);
        }

        try
        {
            if (found.UseGroupChat(caller.AadObjectId, chat, time.GetUtcNow()))
            {
                await cases.UpdateAsync(found, caller.AadObjectId, [], cancellationToken);
            }
        }
        catch (CaseRuleException ex)
        {
            return ex.Message;
        }
        catch (CaseConflictException)
        {
            return RootText.TryAgain;
        }

        return AttendeeText.ChatChosen(found.Reference);
    }

    private static Activity Markdown(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };
}
