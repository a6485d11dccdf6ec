using CaseBot.Cases.CaseFiles;
using CaseBot.Cases.Meetings;

namespace CaseBot.Dialogs.Attendees;

/// <summary>What the attendees' side says outside cards. Tests use the same strings.</summary>
public static class AttendeeText
{
    public const string FormPosted = "The record form is in this chat: fill it in and press Save the record.";
    public const string MyActionsInPersonalChat = "Ask me for **my actions** in our 1:1 chat, so your actions are not shown to others.";
    public const string BadAction = "This button's data is not complete. Please use the newest card.";

    /// <param name="reference">The case.</param>
    /// <param name="type">The meeting's type.</param>
    /// <param name="when">Its date and time with the zone, e.g. "1 Jun 2026 10:00 (UK time)".</param>
    public static string Cancelled(CaseReference reference, MeetingType type, string when)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"The **{MeetingCatalogue.Name(type)}** for case **{reference.Value}** on {when} has been cancelled.";
    }

    public static string CorrectionNote(CaseReference reference, Role role)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"The **{RoleCatalogue.Name(role)}** asked for a correction to the meeting record of case **{reference.Value}**. Open the record card to read it.";
    }
}
