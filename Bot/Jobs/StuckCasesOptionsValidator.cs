using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Jobs;

/// <summary>Tiers need distinct short names, sensible thresholds, and thresholds that rise from one tier to the next.</summary>
internal sealed partial class StuckCasesOptionsValidator : IValidateOptions<StuckCasesOptions>
{
    public const int MaxOverdueActionDays = 365;
    public const int MaxNoProgressWeeks = 104;

    public ValidateOptionsResult Validate(string? name, StuckCasesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var tiers = options.EffectiveTiers;
        for (var i = 0; i < tiers.Count; i++)
        {
            var tier = tiers[i];
            var label = $"StuckCases:Tiers:{i}";
            if (!TierName().IsMatch(tier.Name ?? string.Empty))
            {
                failures.Add($"{label}:Name must be 1 to 32 letters, digits or -.");
            }

            if (tier.OverdueActionDays is < 1 or > MaxOverdueActionDays)
            {
                failures.Add($"{label}:OverdueActionDays must be 1 to {MaxOverdueActionDays}.");
            }

            if (tier.NoProgressWeeks is < 1 or > MaxNoProgressWeeks)
            {
                failures.Add($"{label}:NoProgressWeeks must be 1 to {MaxNoProgressWeeks}.");
            }

            if (!Enum.IsDefined(tier.Notify))
            {
                failures.Add($"{label}:Notify must be Lead or LeadAndAdmins.");
            }

            if (i > 0 && (tier.OverdueActionDays <= tiers[i - 1].OverdueActionDays || tier.NoProgressWeeks <= tiers[i - 1].NoProgressWeeks))
            {
                failures.Add($"{label} must have higher OverdueActionDays and NoProgressWeeks than the tier before it.");
            }
        }

        if (tiers.Select(t => t.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != tiers.Count)
        {
            failures.Add("StuckCases:Tiers need distinct names.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex TierName();
}
