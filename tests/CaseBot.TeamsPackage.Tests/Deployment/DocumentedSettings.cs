using System.Text.RegularExpressions;

namespace CaseBot.TeamsPackage.Tests.Deployment;

/// <summary>
/// The settings infra/README.md lists as read by the host but not set by the Bicep, with the reason: the first column of the table
/// between the <c>settings-not-set-by-the-bicep</c> markers.
/// </summary>
internal static partial class DocumentedSettings
{
    public static IReadOnlySet<string> Keys()
    {
        var readme = File.ReadAllText(Path.Combine(CaseBot.TestSupport.RepositoryRoot.Path, "infra", "README.md"));
        var start = readme.IndexOf("<!-- settings-not-set-by-the-bicep -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- /settings-not-set-by-the-bicep -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "infra/README.md has no settings-not-set-by-the-bicep table");
        return Row().Matches(readme[start..end]).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^\|\s*`([^`]+)`\s*\|", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Row();
}
