namespace CaseBot.Dialogs.Tests.Recognition;

/// <summary>One line of a corpus file: the prompt it answers, what was typed (a literal "\n" is a new line), and what it must give.</summary>
internal sealed record CorpusLine(string Source, int Number, string Prompt, string Typed, string Expected)
{
    /// <summary>The lines of Recognition/Corpus/<paramref name="file"/>: tab-separated, '#' comments and blank lines skipped.</summary>
    public static IReadOnlyList<CorpusLine> Read(string file, bool hasPrompt = true)
    {
        var path = Path.Combine([AppContext.BaseDirectory, "Recognition", "Corpus", .. file.Split('/')]);
        return [.. System.IO.File.ReadAllLines(path)
            .Select((line, i) => (Line: line, Number: i + 1))
            .Where(l => l.Line.Trim().Length > 0 && !l.Line.TrimStart().StartsWith('#'))
            .Select(l =>
            {
                var parts = l.Line.Split('\t');
                var first = hasPrompt ? 1 : 0;
                var prompt = hasPrompt ? parts[0] : string.Empty;
                var typed = parts[first];
                var expected = parts.Length > first + 1 ? parts[first + 1] : string.Empty;
                return new CorpusLine(file, l.Number, prompt.Trim(), typed.Replace("\\n", "\n", StringComparison.Ordinal), expected.Trim());
            })];
    }

    public override string ToString() => $"{Source}:{Number} [{Prompt}] \"{Typed.Replace("\n", "\\n", StringComparison.Ordinal)}\"";
}
