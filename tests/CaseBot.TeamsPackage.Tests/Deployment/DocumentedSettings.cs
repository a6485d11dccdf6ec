using System.Text.RegularExpressions;

namespace CaseBot.TeamsPackage.Tests.Deployment;

/// <summary>
/// The settings infra/README.md lists as read by the host but not set by the Bicep, with the reason: the first column of the table
/// between the <c>settings-not-set-by-the-bicep</c> markers. A row may name a family of keys with alternatives in braces
/// (<c>RateLimits:{Messages\|Board}:PerCaller</c> is two keys; a table cell escapes its pipes), so eighteen tuning knobs take one row.
/// </summary>
internal static partial class DocumentedSettings
{
    public static IReadOnlySet<string> Keys()
    {
        var readme = File.ReadAllText(Path.Combine(CaseBot.TestSupport.RepositoryRoot.Path, "infra", "README.md"));
        var start = readme.IndexOf("<!-- settings-not-set-by-the-bicep -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- /settings-not-set-by-the-bicep -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "infra/README.md has no settings-not-set-by-the-bicep table");
        return Row().Matches(readme[start..end]).SelectMany(m => Expand(m.Groups[1].Value.Replace(@"\|", "|", StringComparison.Ordinal))).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every key a row names: <c>a:{b|c}:d</c> is <c>a:b:d</c> and <c>a:c:d</c>.</summary>
    public static IEnumerable<string> Expand(string pattern)
    {
        var open = pattern.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return [pattern];
        }

        var close = pattern.IndexOf('}', open);
        var rest = pattern[(close + 1)..];
        return pattern[(open + 1)..close].Split('|').SelectMany(choice => Expand(pattern[..open] + choice + rest));
    }

    [GeneratedRegex(@"^\|\s*`([^`]+)`\s*\|", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Row();
}
