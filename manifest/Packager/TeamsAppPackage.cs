using System.IO.Compression;
using System.Text.RegularExpressions;

namespace CaseBot.TeamsPackage;

/// <summary>
/// Builds the Teams app package: the manifest template with its <c>${{NAME}}</c> placeholders filled, and the two icons, all at
/// the root of a zip (the layout Teams requires).
/// </summary>
public static partial class TeamsAppPackage
{
    public static IReadOnlyList<string> FileNames { get; } = ["manifest.json", "color.png", "outline.png"];

    /// <summary>Fills every placeholder; fails naming any setting that is missing, so no template text reaches Teams.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(settings);
        var missing = Placeholder().Matches(template).Select(m => m.Groups[1].Value).Distinct()
            .Where(name => !settings.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value)).ToList();
        if (missing.Count > 0)
        {
            throw new PackageSettingsException($"Missing settings: {string.Join(", ", missing)}.");
        }

        return Placeholder().Replace(template, m => System.Text.Json.JsonEncodedText.Encode(settings[m.Groups[1].Value]).ToString());
    }

    /// <summary>The placeholder names a template uses.</summary>
    public static IReadOnlyList<string> PlaceholdersIn(string template)
        => Placeholder().Matches(template).Select(m => m.Groups[1].Value).Distinct().ToList();

    /// <summary>Writes the zip from the manifest folder (template + icons).</summary>
    public static void Write(string manifestFolder, IReadOnlyDictionary<string, string> settings, string zipPath)
    {
        var manifest = Fill(File.ReadAllText(Path.Combine(manifestFolder, "manifest.json")), settings);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        File.Delete(zipPath);
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
        {
            writer.Write(manifest);
        }

        zip.CreateEntryFromFile(Path.Combine(manifestFolder, "color.png"), "color.png");
        zip.CreateEntryFromFile(Path.Combine(manifestFolder, "outline.png"), "outline.png");
    }

    [GeneratedRegex(@"\$\{\{([A-Z_]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
