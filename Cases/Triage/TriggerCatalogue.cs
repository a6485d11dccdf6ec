using System.Text.RegularExpressions;

namespace CaseBot.Cases.Triage;

/// <summary>The trigger circumstances as the policy words them, and how a typed answer names them.</summary>
public static partial class TriggerCatalogue
{
    public static IReadOnlyList<TriggerInfo> All { get; } =
    [
        new(Trigger.LifeChangingEvent, 1, "There has been a life-changing event", ["life changing", "life-changing"]),
        new(Trigger.IllHealthRetirement, 2, "A complex, challenging or sensitive ill-health retirement case", ["retirement", "ill health retirement", "ill-health retirement"]),
        new(Trigger.TerminalIllness, 3, "A terminal illness", ["terminal"]),
        new(Trigger.RiskOfHarm, 4, "There is a risk of harm to the individual or others", ["harm", "risk of harm"]),
        new(Trigger.OverlappingProcesses, 5, "Other (often formal) overlapping or linked processes affect the individual", ["overlapping", "linked process", "formal process"]),
        new(Trigger.ProcessStuck, 6, "A process has become, or is at risk of becoming, stuck, blocked or significantly delayed", ["stuck", "blocked", "delayed", "delay"]),
        new(Trigger.FailureToImplementActions, 7, "A failure to implement actions or adjustments will have a significant negative impact on the individual and/or the organisation", ["adjustment", "adjustments", "failure to implement", "not implemented"]),
        new(Trigger.RepeatedReferrals, 8, "Multiple or repeated referrals indicate a more complex or intractable case", ["referrals", "repeated referral", "multiple referral"]),
        new(Trigger.InformationDisconnect, 9, "A major disconnect or disparity in information or understanding between Occupational Health, EPS and the line manager", ["disconnect", "disparity"]),
        new(Trigger.LitigationRisk, 10, "A real risk of litigation relating to disability discrimination", ["litigation", "tribunal", "discrimination"]),
        new(Trigger.OngoingNoPathway, 11, "The issue has been ongoing for some time with no clear pathway to resolution", ["ongoing", "no pathway", "no clear pathway"]),
    ];

    /// <summary>Plain wording of a trigger; <see cref="Trigger.Other"/> reads as such.</summary>
    public static string Wording(Trigger trigger)
        => trigger == Trigger.Other ? TriageText.OtherTriggerWording : All.Single(t => t.Trigger == trigger).Wording;

    public static TriggerInfo? ByNumber(int number) => All.FirstOrDefault(t => t.Number == number);

    /// <summary>
    /// The triggers a typed answer names: numbers from the shown list ("1, 4 and 7"), keywords ("terminal, litigation"), or
    /// "other". Returns an empty set for "none"; null when nothing in the text could be read as a trigger.
    /// </summary>
    public static IReadOnlySet<Trigger>? Match(string? text)
    {
        var normalised = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (normalised.Length == 0)
        {
            return null;
        }

        if (normalised is "none" or "no" or "none of them" or "none of these" or "nothing")
        {
            return new HashSet<Trigger>();
        }

        var found = new HashSet<Trigger>();
        foreach (Match number in NumberPattern().Matches(normalised))
        {
            if (ByNumber(int.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture)) is { } info)
            {
                found.Add(info.Trigger);
            }
        }

        foreach (var info in All)
        {
            if (info.Keywords.Any(k => WordPattern(k).IsMatch(normalised)))
            {
                found.Add(info.Trigger);
            }
        }

        if (WordPattern("other").IsMatch(normalised) || normalised.Contains("12", StringComparison.Ordinal))
        {
            found.Add(Trigger.Other);
        }

        return found.Count > 0 ? found : null;
    }

    private static Regex WordPattern(string word) => new($@"\b{Regex.Escape(word)}\b", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b\d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
