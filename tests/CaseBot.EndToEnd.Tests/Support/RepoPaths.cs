using System.Reflection;

namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>Where things are: the repository root (found by walking up to CaseBot.sln), the built bot, the pinned Playground.</summary>
internal static class RepoPaths
{
    public static string Root => CaseBot.TestSupport.RepositoryRoot.Path;

    public static string Configuration { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>
    /// The bot built with these tests: CASEBOT_E2E_BOT if set; else, when built with <c>--artifacts-path</c>
    /// (<c>&lt;artifacts&gt;/bin/CaseBot.EndToEnd.Tests/release/</c>), its sibling <c>CaseBot.Bot/release</c>; else Bot/bin/&lt;Configuration&gt;/net10.0.
    /// </summary>
    public static string BotDirectory { get; } = Environment.GetEnvironmentVariable("CASEBOT_E2E_BOT") ?? ArtifactsBot() ?? Path.Combine(Root, "Bot", "bin", Configuration, "net10.0");

    public static string PlaygroundCli => Path.Combine(Root, "tools", "playground", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    /// <summary>Screenshots, page dumps and logs of the journeys (kept by CI as test results).</summary>
    public static string Artifacts { get; } = Environment.GetEnvironmentVariable("CASEBOT_E2E_ARTIFACTS")
        ?? Path.Combine(Root, "TestResults", "e2e");

    private static string? ArtifactsBot()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var sibling = output.Parent?.Parent is { } bin ? Path.Combine(bin.FullName, "CaseBot.Bot", output.Name) : null;
        return sibling is not null && File.Exists(Path.Combine(sibling, "CaseBot.Bot.dll")) ? sibling : null;
    }
}
