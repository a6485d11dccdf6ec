using System.Globalization;
using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Actions;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Escalation;

namespace CaseBot.Bot.Jobs;

/// <summary>The notices the jobs queue: kinds, dedup keys (so a rerun sends nothing twice) and the activities themselves.</summary>
public static class JobNotices
{
    public const string ReminderKind = "reminder";
    public const string NoteKind = "note";
    public const string StuckKind = "stuck";

    /// <summary>The owner's reminder and, unless the owner leads the case, a note to the lead.</summary>
    public static IEnumerable<CaseNotice> Reminder(CriticalCase criticalCase, ActionItem action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(action);
        var reference = criticalCase.Reference.Value;
        var day = Day(today);
        yield return new CaseNotice(
            ReminderKind, action.OwnerAadObjectId, null, Message(JobText.Reminder(reference, action.Description, action.Due)), $"reminder/{action.Id}/{day}");
        if (!criticalCase.IsLead(action.OwnerAadObjectId))
        {
            yield return new CaseNotice(
                NoteKind, criticalCase.LeadAadObjectId, null, Message(JobText.ReminderNote(reference, action.OwnerRole, action.Description, action.Due)),
                $"reminder-note/{action.Id}/{day}");
        }
    }

    /// <summary>One stuck-case nudge per recipient, keyed by case, tier and ISO week: at most one a week per case and tier.</summary>
    public static IEnumerable<CaseNotice> Stuck(CriticalCase criticalCase, StuckFinding finding, IEnumerable<string> recipients, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(finding);
        var week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue)):00}");
        var payload = Message(JobText.Stuck(criticalCase.Reference.Value, finding.Reasons, finding.Tier.Name));
        return recipients.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(id => new CaseNotice(StuckKind, id, null, payload, $"stuck/{criticalCase.Id}/{finding.Tier.Name}/{week}/{id.ToLowerInvariant()}"));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Message(string text)
        => JsonSerializer.Serialize(MessageFactory.Markdown(text), BotJson.Options);
}
