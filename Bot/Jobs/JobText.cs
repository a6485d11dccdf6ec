using CaseBot.Cards.Meetings;
using CaseBot.Cases.Escalation;
using CaseBot.Cases.Meetings;

namespace CaseBot.Bot.Jobs;

/// <summary>What the scheduled jobs say to people. Case references, action descriptions, dates and roles only; tests use the same strings.</summary>
public static class JobText
{
    /// <summary>To the action's owner, once a day while the action is overdue.</summary>
    public static string Reminder(string reference, string description, DateOnly due)
        => $"**Reminder: your action on case {reference} is overdue.**\n\n- Action: {description}\n- Due: {CardDates.Day(due)}\n\n" +
           "Type **my actions** to see your open actions and tick this one off when it is done.";

    /// <summary>To the case's lead, beside each reminder.</summary>
    public static string ReminderNote(string reference, Role ownerRole, string description, DateOnly due)
        => $"Case {reference}: an action of the {RoleCatalogue.Name(ownerRole)} is overdue, and they were reminded today.\n\n" +
           $"- Action: {description}\n- Due: {CardDates.Day(due)}";

    /// <summary>To the lead (and, at a tier that says so, the admins) of a case that looks stuck.</summary>
    public static string Stuck(string reference, IReadOnlyList<string> reasons, string tier)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        return $"**Case {reference} looks stuck** ({tier}): {string.Join(" and ", reasons)}.\n\n{EscalationText.StuckIsATrigger}\n\n" +
               $"Consider arranging one: type **plan {reference}**.";
    }

    /// <summary>To the lead and the tiers' contacts when a case's escalation tier changes: the chronology's own words for the change.</summary>
    public static string TierChanged(string reference, string change)
        => $"**Case {reference}: its escalation tier changed.**\n\n{change}\n\nType **status {reference}** to see where it stands.";
}
