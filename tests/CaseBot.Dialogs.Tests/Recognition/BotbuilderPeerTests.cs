using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;
using Xunit.Abstractions;

namespace CaseBot.Dialogs.Tests.Recognition;

/// <summary>
/// CaseBot's recognition against the botbuilder JS SDK's recognizeChoices (findChoices/findValues, token distance scoring: the
/// behaviour users know from other bots), on the same choice corpora, with the same titles and synonyms given to both. CaseBot
/// must match or beat it. The peer runs in node from tests/recognition-peer (installed by test.sh).
/// </summary>
public sealed class BotbuilderPeerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("")]
    [InlineData("holdout/")]
    public async Task TypedAnswers_SameCorpus_RecognisedAtLeastAsOftenAsBotbuilder(string corpus)
    {
        var lines = CorpusLine.Read(corpus + "choices.tsv");
        var peer = await PeerAsync(lines);
        var ours = 0;
        var theirs = 0;

        for (var i = 0; i < lines.Count; i++)
        {
            var expected = Expected(lines[i]);
            ours += await RecognisedAsync(lines[i], expected) ? 1 : 0;
            theirs += peer[i].SetEquals(expected) ? 1 : 0;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus}choices corpus: CaseBot {ours} of {lines.Count}, botbuilder recognizeChoices {theirs} of {lines.Count}"));
        Assert.True(ours >= theirs, $"CaseBot recognised {ours}, botbuilder {theirs}.");
    }

    private static HashSet<string> Expected(CorpusLine line)
        => line.Expected == "-" ? [] : [.. line.Expected.Split(',').Select(v => v.Trim())];

    private static async Task<bool> RecognisedAsync(CorpusLine line, HashSet<string> expected)
    {
        var prompt = CorpusPrompt.All[line.Prompt];
        var client = await prompt.AskedAsync();
        await client.SendAsync(line.Typed);
        return client.LastResult is { Status: DialogTurnStatus.Complete, Result: { } result } && prompt.Values(result).SetEquals(expected);
    }

    /// <summary>Runs every line through the peer at once: one JSON request per line in, one JSON array of values per line out.</summary>
    private static async Task<List<HashSet<string>>> PeerAsync(IReadOnlyList<CorpusLine> lines)
    {
        var script = Path.Combine(RepoRoot(), "tests", "recognition-peer", "recognize.js");
        Assert.True(File.Exists(script), $"{script} is missing.");
        var start = new ProcessStartInfo("node", [script]) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var node = Process.Start(start)!;
        var reading = node.StandardOutput.ReadToEndAsync();
        foreach (var line in lines)
        {
            var prompt = CorpusPrompt.All[line.Prompt];
            var choices = (prompt.Options.Choices ?? SynonymTests.YesNo).Select(c => new
            {
                value = c.Value,
                // The same words without CaseBot's own marks ("~appeal" weak, "\"ending it\"" in order), which the peer cannot read.
                synonyms = new[] { c.DisplayTitle, c.TitleWithoutNumber }.Concat((c.Synonyms ?? []).Select(s => s.TrimStart('~').Trim('"'))).Distinct().ToArray(),
            });
            var request = new { typed = line.Typed, choices, many = prompt.Prompt() is MultiSelectPrompt };
            await node.StandardInput.WriteLineAsync(JsonSerializer.Serialize(request));
        }

        node.StandardInput.Close();
        var answers = (await reading).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await node.WaitForExitAsync();
        Assert.Equal(0, node.ExitCode);
        return [.. answers.Select(a => JsonSerializer.Deserialize<List<string>>(a)!.ToHashSet())];
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CaseBot.sln not found above the test folder.");
    }
}
