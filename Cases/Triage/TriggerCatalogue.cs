using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseBot.Cases.Triage;

/// <summary>The trigger circumstances as the policy words them, their numbers on the list, and how a typed answer names them.</summary>
public static partial class TriggerCatalogue
{
    /// <summary>The number that selects <see cref="Trigger.Other"/> when the list is shown with an "other" line after the eleven.</summary>
    public const int OtherNumber = 12;

    /// <summary>The eleven listed triggers, in the policy's order, numbered 1 to 11 (<see cref="Trigger.Other"/> is not listed).</summary>
    public static IReadOnlyList<TriggerInfo> All { get; } =
    [
        new(Trigger.LifeChangingEvent, 1, TriageText.TriggerLifeChangingEvent, ["life changing", "life-changing", "life event"]),
        new(Trigger.IllHealthRetirement, 2, TriageText.TriggerIllHealthRetirement, ["retirement", "retire", "ill health retirement", "ill-health retirement"]),
        new(Trigger.TerminalIllness, 3, TriageText.TriggerTerminalIllness, ["terminal", "terminally"]),
        new(Trigger.RiskOfHarm, 4, TriageText.TriggerRiskOfHarm, ["harm", "unsafe"]),
        new(Trigger.OverlappingProcesses, 5, TriageText.TriggerOverlappingProcesses, ["overlapping", "overlap", "linked process", "formal process", "disciplinary", "grievance"]),
        new(Trigger.ProcessStuck, 6, TriageText.TriggerProcessStuck, ["stuck", "blocked", "delayed", "delay"]),
        new(Trigger.FailureToImplementActions, 7, TriageText.TriggerFailureToImplementActions, ["adjustment", "failure to implement", "not implemented"]),
        new(Trigger.RepeatedReferrals, 8, TriageText.TriggerRepeatedReferrals, ["referrals", "repeated referral", "multiple referral", "re-referred"]),
        new(Trigger.InformationDisconnect, 9, TriageText.TriggerInformationDisconnect, ["disconnect", "disparity", "misunderstanding"]),
        new(Trigger.LitigationRisk, 10, TriageText.TriggerLitigationRisk, ["litigation", "tribunal", "discrimination", "legal action"]),
        new(Trigger.OngoingNoPathway, 11, TriageText.TriggerOngoingNoPathway, ["ongoing", "no pathway", "no clear pathway", "no resolution"]),
    ];

    private static readonly (Trigger Trigger, Regex Pattern)[] KeywordPatterns =
        [.. All.SelectMany(t => t.Keywords.Select(k => (t.Trigger, WordPattern(k)))), (Trigger.Other, OtherPattern())];

    /// <summary>Plain wording of a trigger; <see cref="Trigger.Other"/> reads as <see cref="TriageText.TriggerOther"/>.</summary>
    public static string Wording(Trigger trigger)
        => trigger == Trigger.Other ? TriageText.TriggerOther : All.Single(t => t.Trigger == trigger).Wording;

    /// <summary>The trigger's number on the list: 1 to 11, or <see cref="OtherNumber"/>.</summary>
    public static int Number(Trigger trigger)
        => trigger == Trigger.Other ? OtherNumber : All.Single(t => t.Trigger == trigger).Number;

    /// <summary>The trigger numbered 1 to 11, or <see cref="OtherNumber"/>; null for any other number.</summary>
    public static Trigger? ByNumber(int number)
        => number == OtherNumber ? Trigger.Other : All.FirstOrDefault(t => t.Number == number)?.Trigger;

    /// <summary>
    /// The triggers a typed answer names. A selection made only of numbers ("1, 4 and 7", "3 &amp; 12") is read as numbers from the
    /// shown list; any other text is read by keywords ("terminal, litigation", "other"), so numbers inside a sentence ("ongoing
    /// for 6 months") are not mistaken for a selection. Returns an empty set for "none"; null when nothing could be read.
    /// </summary>
    public static IReadOnlySet<Trigger>? Match(string? text)
    {
        var normalised = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (normalised.Length == 0)
        {
            return null;
        }

        if (NonePattern().IsMatch(normalised))
        {
            return new HashSet<Trigger>();
        }

        var found = new HashSet<Trigger>();
        var tokens = SeparatorPattern().Split(normalised).Where(t => t.Length > 0).ToArray();
        if (tokens.All(t => t == "other" || NumberPattern().IsMatch(t)))
        {
            foreach (var token in tokens)
            {
                var trigger = token == "other" ? Trigger.Other : ByNumber(int.Parse(token, CultureInfo.InvariantCulture));
                if (trigger is { } selected)
                {
                    found.Add(selected);
                }
            }
        }
        else
        {
            found.UnionWith(KeywordPatterns.Where(k => k.Pattern.IsMatch(normalised)).Select(k => k.Trigger));
        }

        return found.Count > 0 ? found : null;
    }

    // Whole words only, with an optional plural: "delays" names ProcessStuck, "harmony" does not name RiskOfHarm.
    private static Regex WordPattern(string keyword)
        => new($@"\b{Regex.Escape(keyword)}(?:s|es)?\b", RegexOptions.CultureInvariant);

    // "other" as a list item ("terminal and other", "other: restructure"), not as an adjective ("other linked processes").
    [GeneratedRegex(@"(?:^|[,;&+]|\band\b)\s*other(?:\s*(?:$|[:,;\-])|\s+(?:circumstance|reason|thing)s?\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OtherPattern();

    [GeneratedRegex(@"^(none|no|nothing|n/a|none of (them|these|those|the above))\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex NonePattern();

    [GeneratedRegex(@"[\s,;&/+.]+|\b(?:and|or)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"^\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
