namespace CaseBot.Casework.Chats;

/// <summary>How choosing a group chat for a case's shared cards ended.</summary>
public enum GroupChatOutcome
{
    /// <summary>The chat now gets the case's shared cards (or already did).</summary>
    Chosen,

    /// <summary>No such case among the caller's own (a missing case and another's alike).</summary>
    NotFound,

    /// <summary>The caller takes part in the case but does not lead it.</summary>
    NotLead,

    /// <summary>The case has no meeting yet, so there are no attendees to check the chat's members against.</summary>
    NoMeeting,

    /// <summary>Who is in the chat could not be read.</summary>
    MembersUnknown,

    /// <summary>Someone in the chat is neither the lead nor an attendee of the latest meeting.</summary>
    Outsiders,

    /// <summary>The case's rules refused it (see <see cref="GroupChatChoice.Refusal"/>).</summary>
    Refused,

    /// <summary>Others kept saving the case first; nothing changed.</summary>
    CaseChanged,
}
