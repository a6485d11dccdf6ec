using System.Reflection;

namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>Where things are: the repository root (found by walking up to CaseBot.sln), the built bot, the pinned Playground.</summary>
internal static class RepoPaths
{
    public static string Root => CaseBot.TestSupport.RepositoryRoot.Path;

    public static string Configuration { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string BotDirectory => Path.Combine(Root, "Bot", "bin", Configuration, "net10.0");

    public static string PlaygroundCli => Path.Combine(Root, "tools", "playground", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    /// <summary>Screenshots, page dumps and logs of the journeys (kept by CI as test results).</summary>
    public static string Artifacts { get; } = Environment.GetEnvironmentVariable("CASEBOT_E2E_ARTIFACTS")
        ?? Path.Combine(Root, "TestResults", "e2e");
}
