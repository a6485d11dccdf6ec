using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Notices;

/// <summary>What the notes sent beside the cards say. Tests use the same strings.</summary>
public static class NoticeText
{
    /// <param name="reference">The case.</param>
    /// <param name="type">The meeting's type.</param>
    /// <param name="when">Its date and time with the zone, e.g. "1 Jun 2026 10:00 (UK time)".</param>
    public static string Cancelled(CaseReference reference, MeetingType type, string when)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"The **{MeetingCatalogue.Name(type)}** for case **{MarkdownText.Inline(reference.Value)}** on {when} has been cancelled.";
    }

    /// <summary>To the lead when the meeting started but its Teams chat holds someone who was not invited (or whom Teams cannot name).</summary>
    public static string NotPostedInMeetingChat(CaseReference reference, MeetingType type)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"The **{MeetingCatalogue.Name(type)}** for case **{MarkdownText.Inline(reference.Value)}** has started. Someone in its Teams chat was not "
            + "invited, so CaseBot posted nothing there; everyone invited has the agenda in their chat with CaseBot.";
    }

    public static string CorrectionNote(CaseReference reference, Role role)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"The **{RoleCatalogue.Name(role)}** asked for a correction to the meeting record of case **{MarkdownText.Inline(reference.Value)}**. Open the record card to read it.";
    }
}
