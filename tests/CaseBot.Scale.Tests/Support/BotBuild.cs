using System.Reflection;

namespace CaseBot.Scale.Tests.Support;

/// <summary>The bot built with these tests, started as separate processes.</summary>
internal static class BotBuild
{
    private static readonly string Configuration =
        typeof(BotBuild).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>
    /// CASEBOT_SCALE_BOT if set (a folder holding CaseBot.Bot.dll); else, when built with <c>--artifacts-path</c>
    /// (<c>&lt;artifacts&gt;/bin/CaseBot.Scale.Tests/release/</c>), its sibling <c>CaseBot.Bot/release</c>; else Bot/bin/&lt;Configuration&gt;/net10.0.
    /// </summary>
    public static string Directory { get; } = Environment.GetEnvironmentVariable("CASEBOT_SCALE_BOT")
        ?? ArtifactsBot() ?? Path.Combine(CaseBot.TestSupport.RepositoryRoot.Path, "Bot", "bin", Configuration, "net10.0");

    public static string Dll
    {
        get
        {
            var dll = Path.Combine(Directory, "CaseBot.Bot.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the bot first ({Configuration}): {dll} is missing.", dll);
        }
    }

    private static string? ArtifactsBot()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var sibling = output.Parent?.Parent is { } bin ? Path.Combine(bin.FullName, "CaseBot.Bot", output.Name) : null;
        return sibling is not null && File.Exists(Path.Combine(sibling, "CaseBot.Bot.dll")) ? sibling : null;
    }
}
