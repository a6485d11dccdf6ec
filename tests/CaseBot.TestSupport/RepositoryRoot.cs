using System.Runtime.CompilerServices;

namespace CaseBot.TestSupport;

/// <summary>
/// The repository's root folder (the one holding CaseBot.sln), for tests that read the manifest, npm tools or write screenshots.
/// Found above the test's output folder, or, when the build output lives elsewhere (<c>--artifacts-path /tmp/...</c>), from where
/// this source file was compiled.
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
        => Above(AppContext.BaseDirectory) ?? Above(SourceFolder())
            ?? throw new InvalidOperationException("CaseBot.sln not found above " + AppContext.BaseDirectory);

    private static string? Above(string? start)
    {
        var dir = start is null ? null : new DirectoryInfo(start);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "CaseBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName;
    }

    private static string? SourceFolder([CallerFilePath] string file = "") => System.IO.Path.GetDirectoryName(file);
}
