using CaseBot.Cards;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Dialogs.Attendees;

/// <summary>What the attendees' side says outside cards. Tests use the same strings.</summary>
public static class AttendeeText
{
    public const string FormPosted = "The record form is in this chat: fill it in and press Save the record.";
    public const string MyActionsInPersonalChat = "Ask me for **my actions** in our 1:1 chat, so your actions are not shown to others.";
    public const string BadAction = "This button's data is not complete. Please use the newest card.";
    public const string PostHereInGroupChat =
        "Type **post here** and the case reference in the Teams group chat where the case's cards should go (add me to that chat first). " +
        "Only the case's lead and its meeting's attendees may be in it.";
    public const string PlanBeforeChat = "Plan the case's meeting first: I check the chat's members against the meeting's attendees.";
    public const string ChatLeft =
        "Someone who is not an attendee of a case posted here has joined this chat, so I've stopped posting that case's cards here. " +
        "They go to each attendee's 1:1 chat with me instead; the lead can choose a chat of attendees only again.";
    public const string ChatMembersUnknown = "I couldn't read who is in this chat, so I won't post the case's cards here. Please try again later.";

    /// <summary>The lead chose this group chat for the case's shared cards.</summary>
    public static string ChatChosen(CaseReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"From now on the agenda, action list and meeting record of case **{MarkdownText.Inline(reference.Value)}** are posted in this chat. " +
            "Each person's role card and reminders stay in their 1:1 chat with me. Booking a new meeting goes back to 1:1 chats until you choose a chat again.";
    }

    /// <summary>Refusal: some members of the chat are not the lead or the meeting's attendees (counted, never named).</summary>
    public static string ChatHasOutsiders(int outsiders, MeetingType type)
    {
        var who = outsiders == 1 ? "1 person in this chat is" : $"{outsiders} people in this chat are";
        var excluded = Attendance.MustNotAttend(type).Count > 0
            ? $" At a {MeetingCatalogue.Name(type)} {AttendanceText.Excluded(type)} never attend, so they must not see its cards."
            : string.Empty;
        return $"{who} not the lead or an attendee of the case's {MeetingCatalogue.Name(type)}, so I won't post its cards here.{excluded} " +
            "Use a chat of the lead and the attendees only.";
    }
}
