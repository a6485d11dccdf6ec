using System.Diagnostics;
using System.Text.Json;
using CaseBot.Cards.Model;

namespace CaseBot.Cards.Tests.Support;

/// <summary>
/// Runs cards through the official Adaptive Cards library (npm adaptivecards, tests/cardcheck/validate.js): parse with a
/// SerializationContext and validateProperties(). Returns the events per card; none means the library accepts the card.
/// </summary>
public static class CardValidator
{
    private static readonly Lock InstallGate = new();

    public static string RepoRoot => CaseBot.TestSupport.RepositoryRoot.Path;

    public static string CardCheckFolder => Path.Combine(RepoRoot, "tests", "cardcheck");

    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ValidateAsync(IReadOnlyDictionary<string, AdaptiveCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        EnsureInstalled();
        var folder = Directory.CreateTempSubdirectory("casebot-cards-").FullName;
        try
        {
            var files = new List<string>();
            foreach (var (name, card) in cards)
            {
                var file = Path.Combine(folder, name + ".json");
                await File.WriteAllTextAsync(file, CardSerializer.ToJson(card));
                files.Add(file);
            }

            var output = await RunNodeAsync(["validate.js", .. files]);
            var results = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var doc = JsonDocument.Parse(line);
                var name = Path.GetFileNameWithoutExtension(doc.RootElement.GetProperty("card").GetString()!);
                results[name] = doc.RootElement.GetProperty("events").EnumerateArray().Select(e => e.ToString()).ToList();
            }

            return results;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Asserts every card validates with no events, naming each card and event that fails.</summary>
    public static async Task AssertValidAsync(IReadOnlyDictionary<string, AdaptiveCard> cards)
    {
        var results = await ValidateAsync(cards);
        Assert.Equal(cards.Count, results.Count);
        var problems = results.Where(r => r.Value.Count > 0).Select(r => $"{r.Key}: {string.Join("; ", r.Value)}").ToList();
        Assert.True(problems.Count == 0, "Cards the Adaptive Cards library rejects:\n" + string.Join('\n', problems));
    }

    private static void EnsureInstalled()
    {
        lock (InstallGate)
        {
            if (!Directory.Exists(Path.Combine(CardCheckFolder, "node_modules", "adaptivecards")) || !Directory.Exists(Path.Combine(CardCheckFolder, "node_modules", "markdown-it")))
            {
                Run("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"]);
            }
        }
    }

    private static async Task<string> RunNodeAsync(IEnumerable<string> arguments)
    {
        using var process = Start("node", arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var error = await stderr;
        Assert.True(string.IsNullOrWhiteSpace(error), "validate.js failed: " + error);
        return await stdout;
    }

    private static void Run(string file, IEnumerable<string> arguments)
    {
        using var process = Start(file, arguments);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} failed: {process.StandardError.ReadToEnd()}");
    }

    private static Process Start(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = CardCheckFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info)!;
    }
}
