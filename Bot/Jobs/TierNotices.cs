using System.Text.Json;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Escalation;

namespace CaseBot.Bot.Jobs;

/// <summary>
/// A change of tier as a note in each recipient's chat, from the case's newest chronology entry (the change and its reason). Keyed by the
/// case and that entry's position, so a retried save queues each note once.
/// </summary>
internal sealed class TierNotices : ITierNotices
{
    public const string Kind = "tier";

    public IReadOnlyList<CaseNotice> ForTierChange(CriticalCase criticalCase, IReadOnlyList<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(recipients);
        var change = criticalCase.Chronology[^1];
        var payload = JsonSerializer.Serialize(MessageFactory.Markdown(JobText.TierChanged(criticalCase.Reference.Value, change.Summary)), BotJson.Options);
        return [.. recipients.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(id => new CaseNotice(Kind, id, null, payload, $"tier/{criticalCase.Id}/{criticalCase.Chronology.Count}/{id.ToLowerInvariant()}"))];
    }
}
