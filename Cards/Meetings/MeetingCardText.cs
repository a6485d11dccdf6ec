using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Meetings;

/// <summary>The words of the agenda and roles cards. Tests use the same strings.</summary>
public static class MeetingCardText
{
    public const string Date = "Date";
    public const string Time = "Time";
    public const string Duration = "Duration";
    public const string Venue = "Venue";
    public const string Attending = "Attending";
    public const string Purpose = "Why this meeting is called";
    public const string Agenda = "Draft agenda";
    public const string Join = "Join the Teams meeting";
    public const string OpenInOutlook = "Open in Outlook";
    public const string RecordMeeting = "Record the meeting";

    /// <summary>To the lead, when the meeting has ended in Teams and is not recorded yet.</summary>
    public static string Ended(CaseReference reference, MeetingType type)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"The **{MeetingCatalogue.Name(type)}** for case **{MarkdownText.Inline(reference.Value)}** has ended. Record its decisions and actions now, while they are fresh.";
    }
    public const string RecordHint = "After the meeting, record its decisions and agreed actions here; attendees are then asked to confirm the record.";
    public const string YourResponsibilities = "Your responsibilities";
    public const string WhoElse = "Who else attends";
    public const string Consent = "Consent";
    public const string NoOneElse = "No one else is invited by name yet.";
    public const string Cancelled = "This meeting has been cancelled.";
    public const string Held = "This meeting has been held; its record has been sent to the attendees.";
    public const string Refresh = "Refresh";

    public static string AgendaTitle(MeetingType type) => $"{MeetingCatalogue.Name(type)}: agenda";

    public static string RolesTitle(Role role) => $"Your role: {RoleCatalogue.Name(role)}";

    /// <summary>"Case HR-2026-0142 · Case Conference", as card Markdown (the reference escaped).</summary>
    public static string CaseLine(CaseReference reference, MeetingType type)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"Case {MarkdownText.Inline(reference.Value)} · {MeetingCatalogue.Name(type)}";
    }

    /// <summary>"1. Introduction of everyone present".</summary>
    public static string AgendaHeading(int number, string title) => $"{number}. {title}";
}
