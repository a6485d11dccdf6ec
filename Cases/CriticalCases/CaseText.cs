using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.CriticalCases;

/// <summary>The plain words of case records. Chronology entries name meeting types and roles, never people or health.</summary>
public static class CaseText
{
    /// <summary>The answer for a case that does not exist and for one the caller may not see alike, so neither gives the other away.</summary>
    public const string NoCaseFound = "No case found with that reference.";
    public const string ReferenceRules = "A case reference is 3 to 40 letters, digits or - _ / . with no spaces, for example HR-2026-0142. Please don't use names.";
    public const string KeyDateRules = "A key date needs a short description (up to 200 characters).";
    public const string Triaged = "Triaged as a critical case";
    public const string AlreadyBooked = "This case already has a meeting booked. Reschedule or cancel it instead of booking another.";
    public const string NoBookedMeeting = "This case has no booked meeting.";
    public const string IsClosed = "This case is closed.";
    public const string OnlyLeadCloses = "Only the case's lead can close it.";
    public const string CloseWithOpenActions = "The case still has open actions. They need to be done (or the case kept open) before it closes.";
    public const string CloseWithBookedMeeting = "The case has a meeting booked. Hold or cancel it before closing the case.";
    public const string Closed = "Case closed";
    public const string OnlyLeadChoosesChat = "Only the case's lead can choose the chat its cards go to.";
    public const string GroupChatChosen = "Shared cards (agenda, action list, record) now go to the case's group chat";
    public const string GroupChatLeft = "Shared cards back in each person's 1:1 chat: someone who is not an attendee joined the group chat";

    public static string Recommended(MeetingType type) => $"{MeetingCatalogue.Name(type)} recommended";

    public static string Decided(MeetingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Accepted
            ? $"{MeetingCatalogue.Name(decision.Chosen)} accepted"
            : $"{MeetingCatalogue.Name(decision.Chosen)} chosen instead of the recommendation (reason recorded)";
    }

    public static string Booked(MeetingPlan plan) => $"{MeetingCatalogue.Name(plan.Type)} booked ({plan.Attendees.Count} attendees, {DurationText.Format(plan.Duration)})";

    public static string Rescheduled(MeetingPlan plan) => $"{MeetingCatalogue.Name(plan.Type)} rescheduled";

    public static string Started(MeetingPlan plan) => $"{MeetingCatalogue.Name(plan.Type)} started in Teams";

    public static string Ended(MeetingPlan plan) => $"{MeetingCatalogue.Name(plan.Type)} ended in Teams";

    public static string Cancelled(MeetingPlan plan) => $"{MeetingCatalogue.Name(plan.Type)} cancelled";

    public static string Held(MeetingPlan plan, int decisions, int actions) => $"{MeetingCatalogue.Name(plan.Type)} held: {decisions} decision(s) and {actions} action(s) recorded";

    public static string ActionDone(Role role) => $"Action done ({RoleCatalogue.Name(role)})";

    public static string RecordConfirmed(Role role) => $"Meeting record confirmed ({RoleCatalogue.Name(role)})";

    public static string CorrectionRequested(Role role) => $"Correction to the meeting record requested ({RoleCatalogue.Name(role)})";

    public static string StuckFlagged(string tier) => $"Flagged as stuck ({tier}): a process stuck, blocked or significantly delayed is itself a trigger for a Case Management Meeting";

    public static string Reminded(Role role) => $"Overdue action reminder sent ({RoleCatalogue.Name(role)})";
}
