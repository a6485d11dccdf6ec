using CaseBot.Cards.Meetings;
using CaseBot.Cases.Actions;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Actions;

/// <summary>The words of the action cards. Tests use the same strings.</summary>
public static class ActionListText
{
    public const string MarkDone = "Mark done";
    public const string Refresh = "Refresh";
    public const string NoActions = "No actions have been agreed on this case yet.";
    public const string OwnerOnly = "Only each action's owner can mark it done.";
    public const string Open = "Open";
    public const string Done = "Done";
    public const string Overdue = "Overdue";
    public const string MyTitle = "Your open actions";
    public const string MyNone = "You have no open actions. Actions agreed at case meetings will be listed here.";
    public const string MyHint = "Mark an action done here once it is complete; everyone at the meeting sees it.";

    public static string Title(CaseReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"Actions for case {reference.Value}";
    }

    /// <summary>"3 open (1 overdue), 2 done".</summary>
    public static string Summary(int open, int overdue, int done)
        => $"{open} open{(overdue > 0 ? $" ({overdue} overdue)" : string.Empty)}, {done} done";

    /// <summary>"OH Clinician (Olive Clinician) · due 10 Jul 2026" as card Markdown (the name escaped); the name only when known.</summary>
    public static string Owner(Role role, string? displayName, DateOnly due)
        => $"{RoleCatalogue.Name(role)}{(string.IsNullOrWhiteSpace(displayName) ? string.Empty : $" ({MarkdownText.Inline(displayName)})")} · due {CardDates.Day(due)}";

    public static string State(ActionItem action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.State == ActionState.Done ? Done : action.IsOverdue(today) ? Overdue : Open;
    }

    /// <summary>"Case HR-2026-0142 · due 10 Jul 2026", with "(overdue)" when it is.</summary>
    public static string Mine(CaseReference reference, ActionItem action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(action);
        return $"Case {MarkdownText.Inline(reference.Value)} · due {CardDates.Day(action.Due)}{(action.IsOverdue(today) ? " (overdue)" : string.Empty)}";
    }
}
