namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// Reads a segment of an answer made of option numbers and ordinals only ("3", "1 4 7", "option 2", "the third one"): those options
/// are chosen; "2 to 5" (also typed "2-5"), "3 or 4" (also "3/4") and "maybe 10" are only possibly meant; "not 10" is denied.
/// </summary>
internal static class OptionNumbers
{
    /// <summary>Records the segment's numbers in <paramref name="found"/>; false when the segment is not made of numbers.</summary>
    public static bool Take(IReadOnlyList<Word> words, IReadOnlyList<int> segment, IReadOnlyList<int> rest, int count, Findings found)
    {
        var candidates = rest.Count > 0 ? rest : segment;
        var numbers = candidates.Select(i => (Position: i, Number: OptionNumber.Token(words[i].Text, count))).ToList();
        if ((rest.Count > 0 && numbers.Any(n => n.Number is null)) || !numbers.Any(n => n.Number is not null))
        {
            return false;
        }

        var picked = numbers.Where(n => n.Number is not null).Select(n => (n.Position, Number: n.Number!.Value)).ToList();
        var hedged = segment.Any(i => WordReader.IsHedge(words[i].Text));
        for (var k = 0; k < picked.Count; k++)
        {
            var (position, number) = picked[k];
            var joiner = k + 1 < picked.Count ? Between(words, segment, position, picked[k + 1].Position) : null;
            if (number < 1 || number > count)
            {
                found.Missing ??= number;
            }
            else if (Denied(words, segment, position))
            {
                found.Denied.Add(number - 1);
            }
            else if (joiner == "to" && picked[k + 1].Number is var last && last > number && last <= count)
            {
                found.Unsure.UnionWith(Enumerable.Range(number - 1, last - number + 1));
                k++;
            }
            else if (hedged || joiner == "or" || (k > 0 && Between(words, segment, picked[k - 1].Position, position) == "or")
                || AfterOr(words, segment, position))
            {
                found.Unsure.Add(number - 1);
            }
            else
            {
                found.Chosen.Add(number - 1);
            }
        }

        return true;
    }

    /// <summary>"to" or "or" between two numbers of the segment, if that is what joins them.</summary>
    private static string? Between(IReadOnlyList<Word> words, IReadOnlyList<int> segment, int from, int to)
        => segment.Where(i => i > from && i < to).Select(i => words[i].Text).FirstOrDefault(t => t is "to" or "or");

    /// <summary>"or" just before a number makes it an alternative even when the other side is not an option ("one or two of these").</summary>
    private static bool AfterOr(IReadOnlyList<Word> words, IReadOnlyList<int> segment, int position)
        => segment.Where(i => i < position).TakeLast(1).Any(i => words[i].Text == "or");

    private static bool Denied(IReadOnlyList<Word> words, IReadOnlyList<int> segment, int position)
        => segment.Where(i => i < position).TakeLast(2).Any(i => WordReader.IsNegator(words[i].Text));
}
