using System.Text.RegularExpressions;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// The options of a prompt read into words: every phrase that names each option (title without its "3. " list number, value,
/// synonyms, lookalikes; a synonym may give a word's alternatives, "oh|eps says", and be told in parts found in different
/// segments of the answer, "oh says ... gp", be weak, "~appeal", or be read in order only, "\"ending it\""), each option's content words (so a word left over in an answer can point at the
/// options it belongs to), and an index from words to the phrases that use them, so an answer is compared only with phrases it
/// shares a word with.
/// Immutable once built: <see cref="ChoiceVocabularies"/> keeps them between turns.
/// </summary>
internal sealed partial class ChoiceVocabulary
{
    /// <summary>Between the parts of a synonym told in parts ("oh says ... gp"), each found in its own segment of the answer.</summary>
    private const string PartSeparator = "...";

    /// <summary>Before a synonym that names its option only when nothing else is named for sure (<see cref="OptionPhrase.IsWeak"/>).</summary>
    private const char WeakMark = '~';

    /// <summary>Around a synonym that counts only as its words in order (<see cref="OptionPhrase.IsSequence"/>).</summary>
    private const char InOrderMark = '"';

    private readonly IReadOnlyList<IReadOnlyList<Word>> _optionWords;
    private readonly Dictionary<string, List<OptionPhrase>> _byText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OptionPhrase>> _byStem = new(StringComparer.Ordinal);
    private readonly (Word Word, List<OptionPhrase> Phrases)[] _typoTargets;
    private readonly HashSet<int> _ignoreNegation;
    private readonly HashSet<int> _ignoreHedge;

    public ChoiceVocabulary(IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        Choices = choices;
        Phrases = [.. choices.SelectMany((choice, i) => PhrasesOf(choice, i)).SelectMany(p => p.IsSequence ? [p] : WithCompounds(p))];
        // A negated synonym's words mean the opposite on their own ("live" in "not want to live"), so they point to no option; a
        // title's words always do ("no clear pathway").
        _optionWords = [.. choices.Select((_, i) => (IReadOnlyList<Word>)[.. Phrases
            .Where(p => p.Option == i && !p.IsStopWordsOnly && !p.IsLookalike && (p.IsTitle || !p.Words.Any(w => WordReader.IsNegator(w.Text))))
            .SelectMany(p => p.Content).DistinctBy(w => w.Stem)])];
        foreach (var phrase in Phrases)
        {
            foreach (var word in phrase.Content)
            {
                Add(_byText, word.Text, phrase);
                Add(_byStem, word.Stem, phrase);
            }
        }

        _typoTargets = [.. Phrases.SelectMany(p => p.Content.Where(w => !w.IsStopWord && w.Text.Length >= Word.MinTypoLength - 1))
            .DistinctBy(w => w.Text).Select(w => (w, _byText[w.Text]))];
        _ignoreNegation = [.. Phrases.Where(p => p.IsTitle && p.Words.Any(w => w.Stem is "failur" or "fail" or "lack" or "unabl")).Select(p => p.Option)];
        _ignoreHedge = [.. Phrases.Where(p => p.IsTitle && p.Words.Any(w => w.Stem == "risk")).Select(p => p.Option)];
    }

    public IReadOnlyList<Choice> Choices { get; }

    public IReadOnlyList<OptionPhrase> Phrases { get; }

    public int Count => Choices.Count;

    /// <summary>The content words of every phrase of option <paramref name="option"/>.</summary>
    public IReadOnlyList<Word> WordsOf(int option) => _optionWords[option];

    /// <summary>
    /// True for an option about something not happening ("A failure to implement actions"): a "not" before its words ("the
    /// adjustments aren't in place") confirms it rather than denies it.
    /// </summary>
    public bool IgnoresNegation(int option) => _ignoreNegation.Contains(option);

    /// <summary>
    /// True for an option about a risk ("There is a risk of harm"): "he might hurt himself" names the risk rather than doubting it.
    /// </summary>
    public bool IgnoresHedge(int option) => _ignoreHedge.Contains(option);

    /// <summary>
    /// The phrases an answer could match: those sharing a word with it (as written, by stem, or with one typo). A negation in the
    /// answer brings in the phrases with "not" in them ("aren't in place" may be "not in place").
    /// </summary>
    public IReadOnlyCollection<OptionPhrase> PhrasesFor(IReadOnlyList<Word> typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var found = new HashSet<OptionPhrase>(ReferenceEqualityComparer.Instance);
        foreach (var word in typed.Where(w => !w.IsSeparator))
        {
            found.UnionWith(_byText.GetValueOrDefault(word.Text) ?? []);
            if (word.IsStopWord)
            {
                continue;
            }

            found.UnionWith(_byStem.GetValueOrDefault(word.Stem) ?? []);
            if (WordReader.IsNegator(word.Text))
            {
                found.UnionWith(_byText.GetValueOrDefault("not") ?? []);
            }

            foreach (var (target, phrases) in _typoTargets)
            {
                if (Math.Abs(target.Text.Length - word.Text.Length) <= 1 && word.Matches(target))
                {
                    found.UnionWith(phrases);
                }
            }
        }

        return found;
    }

    /// <summary>The options whose title begins with <paramref name="word"/> ("Other (often formal) overlapping processes").</summary>
    public IEnumerable<int> OptionsWhoseTitleStartsWith(Word word)
        => Phrases.Where(p => p.IsTitle && p.Content.Count > 0 && p.Content[0].Matches(word)).Select(p => p.Option).Distinct();

    /// <summary>The options one of whose words is <paramref name="word"/> (or it with a typo).</summary>
    public IEnumerable<int> OptionsUsing(Word word)
        => Enumerable.Range(0, Count).Where(i => _optionWords[i].Any(w => w.Matches(word)));

    private static void Add(Dictionary<string, List<OptionPhrase>> index, string key, OptionPhrase phrase)
    {
        if (!index.TryGetValue(key, out var phrases))
        {
            index[key] = phrases = [];
        }

        if (!phrases.Contains(phrase))
        {
            phrases.Add(phrase);
        }
    }

    /// <summary>A title without the "3. " it is listed with.</summary>
    public static string WithoutListNumber(string title) => ListNumber().Replace(title, string.Empty);

    private static IEnumerable<OptionPhrase> PhrasesOf(Choice choice, int index)
    {
        var title = WithoutListNumber(choice.DisplayTitle);
        yield return new OptionPhrase(index, WordReader.Words(title), isTitle: true);
        if (PlainValue().IsMatch(choice.Value))
        {
            // "TerminalIllness" reads as "terminal illness".
            yield return new OptionPhrase(index, WordReader.Words(CamelCase().Replace(choice.Value, " ")), isTitle: false);
        }

        foreach (var synonym in (choice.Synonyms ?? []).SelectMany(Alternatives))
        {
            if (synonym.Contains(PartSeparator, StringComparison.Ordinal))
            {
                var parts = synonym.Split(PartSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(part => new OptionPhrase(index, WordReader.Words(part), isTitle: false)).Where(p => p.Content.Count > 0).ToList();
                if (parts.Count > 1)
                {
                    yield return new OptionPhrase(index, parts);
                }

                continue;
            }

            // "~appeal" names the option only when nothing else is named; "\"ending it\"" counts only as those words in that order.
            var weak = synonym.StartsWith(WeakMark);
            var plain = weak ? synonym[1..] : synonym;
            var inOrder = plain.Length > 2 && plain[0] == InOrderMark && plain[^1] == InOrderMark;
            var words = WordReader.Words(inOrder ? plain[1..^1] : plain);
            if (words.Count > 0)
            {
                yield return new OptionPhrase(index, words, isTitle: false, isWeak: weak, inOrder: inOrder);
            }
        }

        foreach (var lookalike in choice.Lookalikes ?? [])
        {
            yield return new OptionPhrase(index, WordReader.Words(lookalike), isTitle: false, isLookalike: true);
        }
    }

    /// <summary>
    /// A synonym with a word's alternatives written "a|b|c" ("oh|eps says") as every phrase it stands for ("oh says", "eps says"),
    /// so one line of a list can say what would otherwise take dozens.
    /// </summary>
    private static IEnumerable<string> Alternatives(string synonym)
    {
        IEnumerable<string> phrases = [string.Empty];
        foreach (var token in synonym.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var choices = token.Split('|', StringSplitOptions.RemoveEmptyEntries);
            phrases = phrases.SelectMany(p => choices.Select(c => p.Length == 0 ? c : p + " " + c)).ToList();
        }

        return phrases;
    }

    /// <summary>The phrase, and the phrase with two of its words run together as people type them ("lifechanging event").</summary>
    private static IEnumerable<OptionPhrase> WithCompounds(OptionPhrase phrase)
    {
        yield return phrase;
        if (phrase.Parts is not null || phrase.Content.Count > 3)
        {
            yield break;
        }

        var words = phrase.Words;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!words[i].IsStopWord && !words[i + 1].IsStopWord && words[i].Text.Length >= 3 && words[i + 1].Text.Length >= 3)
            {
                var joined = words[i].Text + words[i + 1].Text;
                yield return new OptionPhrase(phrase.Option, [.. words.Take(i), new Word(joined, EnglishStemmer.Stem(joined), false), .. words.Skip(i + 2)], isTitle: false, isWeak: phrase.IsWeak);
            }
        }
    }

    [GeneratedRegex(@"^\s*\d{1,3}[.)]\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z ]*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlainValue();

    [GeneratedRegex(@"(?<=[a-z])(?=[A-Z])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CamelCase();
}
