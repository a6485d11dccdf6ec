using System.Text;

namespace CaseBot.Cards;

/// <summary>
/// People's text (and any other text from outside CaseBot's own strings) made safe to put where Teams renders Markdown: card
/// TextBlocks, FactSet titles and values, and Markdown chat messages. Everything that could be read as markup is escaped with a
/// CommonMark backslash, so a typed <c>[Re-authenticate here](https://evil.example)</c> shows as those characters and is no link,
/// and <c>**</c>, <c>_</c>, <c>#</c>, lists and the like do not change the layout. CaseBot's own formatting goes around the escaped
/// text, never through here.
/// </summary>
public static class MarkdownText
{
    /// <summary>Text that stands on its own (a TextBlock of its own): each line break the person typed shows as a line break.</summary>
    public static string Literal(string? text)
        => string.Join("\n\n", Lines(text).Where(l => l.Length > 0).Select(EscapeLine));

    /// <summary>Text inside one of CaseBot's lines (a name in brackets, a bullet, a fact): line breaks become spaces.</summary>
    public static string Inline(string? text)
        => EscapeLine(string.Join(' ', Lines(text).Where(l => l.Length > 0)));

    private static IEnumerable<string> Lines(string? text)
        => (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Select(Clean);

    // Control characters (tabs included) become spaces; leading spaces would make an indented code block.
    private static string Clean(string line)
        => new string([.. line.Select(c => char.IsControl(c) ? ' ' : c)]).Trim();

    private static string EscapeLine(string line)
    {
        var escaped = new StringBuilder(line.Length + 8);
        var start = LineStart(line);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if ((i == start.Index && start.Escape) || Anywhere(c) || (c == '(' && i > 0 && line[i - 1] == ']'))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    // Emphasis, code, links and images, autolinks and HTML, strikethrough, tables and entities; '\' so that a typed escape stays
    // as typed. ']' then '(' is escaped too: Teams' mobile parser starts a link at '[' even when it is escaped.
    private static bool Anywhere(char c) => c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '~' or '|' or '&';

    // Block markers count only at the start of a line: headings, quotes, list bullets, setext underlines and "1." or "1)" lists.
    private static (int Index, bool Escape) LineStart(string line)
    {
        if (line.Length == 0)
        {
            return (0, false);
        }

        if (line[0] is '#' or '-' or '+' or '=')
        {
            return (0, true);
        }

        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 9 && digits < line.Length && line[digits] is '.' or ')' ? (digits, true) : (0, false);
    }
}
