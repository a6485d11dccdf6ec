using System.Text.RegularExpressions;

namespace CaseBot.TeamsPackage.Tests.Deployment;

/// <summary>The image `atk deploy` builds: the build context (.dockerignore) lets in everything the Dockerfile copies.</summary>
public sealed partial class DockerImageTests
{
    [Fact]
    public void DockerIgnore_AdmitsEverythingTheDockerfileCopies()
    {
        var root = CaseBot.TestSupport.RepositoryRoot.Path;
        var admitted = File.ReadAllLines(Path.Combine(root, ".dockerignore")).Where(l => l.StartsWith('!')).Select(l => l[1..]).ToList();
        var sources = CopyFromContext().Matches(File.ReadAllText(Path.Combine(root, "Dockerfile")))
            .SelectMany(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1));

        var sut = sources.Where(s => !admitted.Any(a => s == a || (a.EndsWith('/') && s.StartsWith(a, StringComparison.Ordinal)))).ToList();

        Assert.True(sut.Count == 0, ".dockerignore keeps out what the Dockerfile copies:\n" + string.Join('\n', sut));
    }

    [GeneratedRegex(@"^COPY (?!--)(.+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CopyFromContext();
}
