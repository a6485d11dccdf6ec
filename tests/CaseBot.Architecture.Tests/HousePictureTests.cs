using System.Text.RegularExpressions;
using CaseBot.TestSupport;

namespace CaseBot.Architecture.Tests;

/// <summary>What the README and the Dockerfile say about the projects is what the project files say.</summary>
public sealed partial class HousePictureTests
{
    private readonly ProjectGraph _graph = ProjectGraph.Load();

    [Fact]
    public void ReadmePicture_DrawsEveryProjectReferenceAndNoOther()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var picture = Picture().Match(readme);

        Assert.True(picture.Success, "README.md has no ```mermaid picture of the projects.");
        var drawn = Edge().Matches(picture.Groups["body"].Value).Select(m => $"{m.Groups["from"].Value} --> {m.Groups["to"].Value}").Order(StringComparer.Ordinal);
        Assert.Equal(_graph.Edges(), drawn);
    }

    [Fact]
    public void Dockerfile_CopiesEveryProjectTheHostIsBuiltFrom()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Dockerfile"));

        foreach (var project in _graph.Reachable("Bot").Append("Bot"))
        {
            Assert.Contains($"COPY {project}/CaseBot.{project}.csproj {project}/", dockerfile, StringComparison.Ordinal);
            Assert.Contains($"COPY {project}/ {project}/", dockerfile, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"```mermaid\s*\n(?<body>flowchart[\s\S]*?)```")]
    private static partial Regex Picture();

    [GeneratedRegex(@"^\s*(?<from>\w+)\s*-->\s*(?<to>\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Edge();
}
