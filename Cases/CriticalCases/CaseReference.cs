using System.Text.RegularExpressions;

namespace CaseBot.Cases.CriticalCases;

/// <summary>
/// The manager's own reference for a case, e.g. "HR-2026-0142". Letters, digits and - _ / . only, 3 to 40 characters: no spaces,
/// so a name ("Jane Smith") or a sentence cannot be stored as a reference.
/// </summary>
public sealed partial record CaseReference
{
    private CaseReference(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out CaseReference? reference)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        reference = Pattern().IsMatch(trimmed) ? new CaseReference(trimmed.ToUpperInvariant()) : null;
        return reference is not null;
    }

    public static CaseReference Parse(string text)
        => TryParse(text, out var reference) ? reference! : throw new CaseRuleException(CaseText.ReferenceRules);

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]{2,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
