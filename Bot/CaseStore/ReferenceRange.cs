namespace CaseBot.Bot.CaseStore;

/// <summary>
/// The references that start with a prefix as a half-open range [from, to) in ordinal order: "HR-2" is ["HR-2", "HR-3"). Stored
/// references are upper case, so the prefix is too; an index on the reference answers the range without a scan.
/// </summary>
internal static class ReferenceRange
{
    public static (string From, string To) Of(string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var from = prefix.Trim().ToUpperInvariant();

        // References are ASCII letters, digits and - _ / . (CaseReference), so the last character always has a successor.
        return (from, string.Concat(from.AsSpan(0, from.Length - 1), ((char)(from[^1] + 1)).ToString()));
    }
}
