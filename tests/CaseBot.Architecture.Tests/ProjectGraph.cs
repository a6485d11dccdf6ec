using System.Xml.Linq;
using CaseBot.TestSupport;

namespace CaseBot.Architecture.Tests;

/// <summary>
/// The production projects and the projects each references, read from their project files (the build's own truth), by short name
/// ("Cases", "Dialogs"): every project whose folder holds a CaseBot.&lt;Folder&gt;.csproj at the repository's root.
/// </summary>
internal sealed class ProjectGraph
{
    private ProjectGraph(IReadOnlyDictionary<string, ProjectFile> projects) => Projects = projects;

    public IReadOnlyDictionary<string, ProjectFile> Projects { get; }

    public static ProjectGraph Load()
    {
        var projects = new Dictionary<string, ProjectFile>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(RepositoryRoot.Path))
        {
            var name = Path.GetFileName(folder);
            var file = Path.Combine(folder, $"CaseBot.{name}.csproj");
            if (File.Exists(file))
            {
                projects[name] = ProjectFile.Read(name, file);
            }
        }

        return new ProjectGraph(projects);
    }

    /// <summary>The projects <paramref name="name"/> references directly.</summary>
    public IReadOnlySet<string> Direct(string name) => Projects[name].References;

    /// <summary>Every project <paramref name="name"/> can see: its references, theirs, and so on.</summary>
    public IReadOnlySet<string> Reachable(string name)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var next = new Stack<string>(Direct(name));
        while (next.TryPop(out var project))
        {
            if (seen.Add(project))
            {
                foreach (var further in Direct(project))
                {
                    next.Push(further);
                }
            }
        }

        return seen;
    }

    /// <summary>Every direct reference as "From --> To", sorted.</summary>
    public IReadOnlyList<string> Edges()
        => [.. Projects.Values.SelectMany(p => p.References.Select(r => $"{p.Name} --> {r}")).Order(StringComparer.Ordinal)];

    internal sealed record ProjectFile(string Name, IReadOnlySet<string> References, IReadOnlyList<string> Packages, IReadOnlyList<string> Frameworks)
    {
        public static ProjectFile Read(string name, string path)
        {
            var xml = XDocument.Load(path);
            var references = xml.Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? string.Empty).Replace('\\', '/')))
                .Select(file => file.StartsWith("CaseBot.", StringComparison.Ordinal) ? file["CaseBot.".Length..] : file)
                .ToHashSet(StringComparer.Ordinal);
            return new ProjectFile(
                name,
                references,
                [.. xml.Descendants("PackageReference").Select(p => (string?)p.Attribute("Include") ?? string.Empty)],
                [.. xml.Descendants("FrameworkReference").Select(p => (string?)p.Attribute("Include") ?? string.Empty)]);
        }
    }
}
