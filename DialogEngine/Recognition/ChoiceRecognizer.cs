namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// Reads which options a typed answer names, the way a person would: each segment of the answer (split where people list things)
/// is searched for the options' phrases in any order, with stop words optional, any word ending, and one typo in a long word; a
/// phrase counts when all its words are there (a long title: most of them). Overlapping readings go to the one that explains more
/// words; two readings that explain the same words equally well are not guessed between. "Not"/"no" just before a phrase negates it;
/// "maybe" in a segment, or "or" between two options, makes them only possible. A segment of numbers only ("1, 4 and 7", "the third
/// one") picks by position, "2 to 5" and "3 or 4" only possibly; numbers inside a sentence ("for 6 months") pick nothing.
/// When nothing is named, the options whose words the answer touched, or nearly spelt, are offered as what it may mean.
/// </summary>
internal static class ChoiceRecognizer
{
    private const int NegationReach = 3;
    private const int MaxUnsure = 3;
    private const int MaxGap = 2;
    private const double MinTitleShare = 0.6;
    private const double MinSimilarity = 0.7;

    public static ChoiceRecognition Recognize(string? text, ChoiceVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var words = WordReader.Read(text);
        var found = new Findings();
        var phrases = vocabulary.PhrasesFor(words);

        // Phrases with "and" in them first, across segments: "health and safety" is one thing, not two; so are phrases told in
        // parts ("OH says she's fit, but her GP ...").
        Take(phrases.Where(p => p.Bridges || p.Parts is not null), words, [.. Enumerable.Range(0, words.Count)], vocabulary, found);
        foreach (var segment in WordReader.Segments(words).Select(s => s.Where(i => !found.Used.Contains(i)).ToList()).Where(s => s.Count > 0))
        {
            if (Take(phrases.Where(p => !p.Bridges && p.Parts is null), words, segment, vocabulary, found))
            {
                continue;
            }

            var rest = segment.Where(i => !words[i].IsStopWord && !WordReader.IsNegator(words[i].Text) && !WordReader.IsHedge(words[i].Text)).ToList();
            if (!OptionNumbers.Take(words, segment, rest, vocabulary.Count, found))
            {
                Weigh(rest.Select(i => words[i]), vocabulary, found.Evidence);
            }
        }

        // A weak word ("appeal") names its option only when nothing firmer is named: beside another, it is part of that story.
        if (found.Chosen.Count == 0)
        {
            found.Chosen.UnionWith(found.Weak);
        }

        if (found.IsEmpty)
        {
            Resemble(
                Enumerable.Range(0, words.Count).Where(i => !found.Used.Contains(i) && !words[i].IsStopWord && !WordReader.IsNegator(words[i].Text)).Select(i => words[i]),
                vocabulary,
                found.Evidence);
        }

        var unsure = found.Unsure.Except(found.Chosen).Order().ToList();
        var suggested = found.Chosen.Count > 0 || unsure.Count >= MaxUnsure
            ? []
            : found.Evidence.OrderByDescending(e => e.Value).ThenBy(e => e.Key).Select(e => e.Key).Except(unsure).Take(MaxUnsure - unsure.Count).ToList();
        return new ChoiceRecognition([.. found.Chosen.Order()], unsure, suggested, found.Missing)
        {
            Denied = [.. found.Denied.Except(found.Chosen).Order()],
        };
    }

    /// <summary>Where <paramref name="phrase"/> is among <paramref name="scope"/> (positions in <paramref name="words"/>), if enough of it is there.</summary>
    public static PhraseMatch? Find(OptionPhrase phrase, IReadOnlyList<Word> words, IReadOnlyList<int> scope)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(scope);
        if (phrase.Parts is { } parts)
        {
            return FindParts(phrase, parts, words, scope);
        }

        var positions = phrase.IsSequence ? FindSequence(phrase.Words, words, scope) : FindWords(phrase.Content, words, scope);
        if (positions is null || positions.Count == 0)
        {
            return null;
        }

        var wanted = phrase.Content.Count;
        var enough = positions.Count == wanted
            || (phrase.IsTitle && wanted >= 3 && positions.Count >= Math.Max(2, Math.Ceiling(MinTitleShare * wanted)));

        // Stop words alone ("me", "i did") are an answer only when they are all the segment says ("it was me", not "OH told me").
        var alone = !phrase.IsStopWordsOnly || scope.All(i => positions.Contains(i) || words[i].IsStopWord);
        var first = Place(scope, scope.First(positions.Contains));
        var span = Place(scope, scope.Last(positions.Contains)) - first + 1;
        if (!enough || !alone || span > (2 * wanted) + 2)
        {
            return null;
        }

        var negated = scope.Skip(Math.Max(0, first - NegationReach)).Take(first - Math.Max(0, first - NegationReach))
            .Any(i => WordReader.IsNegator(words[i].Text));
        var strength = positions.Sum(i => phrase.Content.Max(w => words[i].Strength(w)));
        return new PhraseMatch(phrase, positions, strength, (double)positions.Count / wanted, negated);
    }

    /// <summary>
    /// A phrase told in parts: each part in a segment of its own ("OH says he's fit for work | but his GP keeps signing him off"),
    /// in any order. It describes what happened, so no "not" before a part denies it.
    /// </summary>
    private static PhraseMatch? FindParts(OptionPhrase phrase, IReadOnlyList<OptionPhrase> parts, IReadOnlyList<Word> words, IReadOnlyList<int> scope)
    {
        var inScope = scope.ToHashSet();
        var segments = WordReader.Segments(words).Select(s => (IReadOnlyList<int>)[.. s.Where(inScope.Contains)]).Where(s => s.Count > 0).ToList();
        var found = Assign(parts, 0, words, segments, []);
        if (found is null)
        {
            return null;
        }

        var positions = found.SelectMany(m => m.Positions).ToHashSet();
        return new PhraseMatch(phrase, positions, found.Sum(m => m.Strength), (double)positions.Count / phrase.Content.Count, Negated: false);
    }

    /// <summary>Finds parts <paramref name="next"/> onwards each in a segment not used yet, or null when they cannot all be placed.</summary>
    private static List<PhraseMatch>? Assign(
        IReadOnlyList<OptionPhrase> parts, int next, IReadOnlyList<Word> words, IReadOnlyList<IReadOnlyList<int>> segments, HashSet<int> used)
    {
        if (next == parts.Count)
        {
            return [];
        }

        for (var s = 0; s < segments.Count; s++)
        {
            if (used.Contains(s) || Find(parts[next], words, segments[s]) is not { } match)
            {
                continue;
            }

            used.Add(s);
            if (Assign(parts, next + 1, words, segments, used) is { } rest)
            {
                return [match, .. rest];
            }

            used.Remove(s);
        }

        return null;
    }

    private static int Place(IReadOnlyList<int> scope, int position)
    {
        for (var i = 0; i < scope.Count; i++)
        {
            if (scope[i] == position)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Finds the best non-overlapping matches of <paramref name="phrases"/> in <paramref name="scope"/> and records them.</summary>
    private static bool Take(IEnumerable<OptionPhrase> phrases, IReadOnlyList<Word> words, IReadOnlyList<int> scope, ChoiceVocabulary vocabulary, Findings found)
    {
        var candidates = phrases.Select(p => Find(p, words, scope)).OfType<PhraseMatch>()
            .OrderByDescending(m => m.Score).ThenBy(m => m.Option).ToList();
        var accepted = new List<PhraseMatch>();
        var tied = new HashSet<int>();
        foreach (var candidate in candidates)
        {
            var clashes = accepted.Where(a => a.Overlaps(candidate)).ToList();
            if (clashes.Count == 0)
            {
                accepted.Add(candidate);
            }
            else if (clashes.All(c => c.Option == candidate.Option))
            {
                // More words of the same option ("risk of harm" and "risk to others"): all of them are its words.
                var merged = clashes[0] with { Positions = new HashSet<int>(clashes[0].Positions.Union(candidate.Positions)) };
                accepted[accepted.IndexOf(clashes[0])] = merged;
            }
            else if (clashes.Any(c => c.TiesWith(candidate)))
            {
                tied.Add(candidate.Option);
                tied.UnionWith(clashes.Where(c => c.TiesWith(candidate)).Select(c => c.Option));
            }
        }

        tied.UnionWith(TitleStartTies(accepted, words, scope, vocabulary));
        var hedged = scope.Any(i => WordReader.IsHedge(words[i].Text));

        // "Stuck-ish" doubts the word itself, so it makes even a risk only possible ("at risk of becoming stuck").
        var softened = scope.Any(i => WordReader.IsSoftener(words[i].Text));

        // "Maybe" doubts what was meant, so even a risk ("the delay one maybe") is asked about.
        var doubted = scope.Any(i => WordReader.IsAnswerDoubt(words[i].Text));
        var alternatives = Alternatives(accepted, words, scope);
        foreach (var match in accepted)
        {
            found.Used.UnionWith(match.Positions);
            if (match.Negated && !vocabulary.IgnoresNegation(match.Option))
            {
                found.Denied.Add(match.Option);
            }
            else if (match.Phrase.IsLookalike || tied.Contains(match.Option) || (hedged && (softened || doubted || !vocabulary.IgnoresHedge(match.Option)))
                || alternatives.Contains(match.Option))
            {
                found.Unsure.Add(match.Option);
            }
            else
            {
                (match.Phrase.IsWeak ? found.Weak : found.Chosen).Add(match.Option);
            }
        }

        found.Unsure.UnionWith(tied);
        return accepted.Count > 0;
    }

    /// <summary>
    /// One word that is all of one option's name and the first word of another's title ("other" beside "Other (often formal)
    /// overlapping processes") could mean either.
    /// </summary>
    private static IEnumerable<int> TitleStartTies(List<PhraseMatch> accepted, IReadOnlyList<Word> words, IReadOnlyList<int> scope, ChoiceVocabulary vocabulary)
    {
        if (accepted.Count != 1 || accepted[0].Positions.Count != 1 || scope.Count(i => !words[i].IsStopWord) != 1)
        {
            return [];
        }

        var word = words[accepted[0].Positions.Single()];
        var others = vocabulary.OptionsWhoseTitleStartsWith(word).Where(o => o != accepted[0].Option).ToList();
        return others.Count > 0 ? [accepted[0].Option, .. others] : [];
    }

    /// <summary>Options named on either side of an "or" in one segment ("terminal or harm"): one or the other, not both for sure.</summary>
    private static HashSet<int> Alternatives(List<PhraseMatch> accepted, IReadOnlyList<Word> words, IReadOnlyList<int> scope)
    {
        var or = scope.Where(i => words[i].Text == "or").ToList();
        var result = new HashSet<int>();
        foreach (var at in or)
        {
            var before = accepted.Where(m => m.Positions.Max() < at).Select(m => m.Option).ToHashSet();
            var after = accepted.Where(m => m.Positions.Min() > at).Select(m => m.Option).ToHashSet();
            if (before.Count > 0 && after.Count > 0 && !before.SetEquals(after))
            {
                result.UnionWith(before);
                result.UnionWith(after);
            }
        }

        return result;
    }

    /// <summary>
    /// Each content word at its best unused position in the scope, in any order; where a word is typed twice, the one that keeps the
    /// phrase's order and sits nearest the word before it ("book the meeting or cancel the meeting": each "meeting" its own).
    /// </summary>
    private static HashSet<int> FindWords(IReadOnlyList<Word> content, IReadOnlyList<Word> words, IReadOnlyList<int> scope)
    {
        var positions = new HashSet<int>();
        int? previous = null;
        foreach (var word in content)
        {
            var best = scope.Where(i => !positions.Contains(i))
                .Select(i => (Index: i, Strength: StopWordStrength(words[i], word) ?? words[i].Strength(word))).Where(c => c.Strength > 0)
                .OrderByDescending(c => c.Strength)
                .ThenBy(c => previous is { } p && c.Index < p ? 1 : 0)
                .ThenBy(c => previous is { } p ? Math.Abs(c.Index - p) : c.Index)
                .FirstOrDefault();
            if (best.Strength > 0)
            {
                positions.Add(best.Index);
                previous = best.Index;
            }
        }

        return positions;
    }

    /// <summary>
    /// A stop word typed counts only as the very word a phrase names, by stem ("OH say" is "OH says"), and a word made a stop word
    /// by its neighbour ("each other") not even so; null for other words.
    /// </summary>
    private static double? StopWordStrength(Word typed, Word wanted)
        => typed.IsStopWord ? (WordReader.IsStopWord(typed.Text) && typed.Stem == wanted.Stem ? 1 : 0) : null;

    /// <summary>
    /// A phrase of stop words only ("me", "i think so"), with a negation ("not really", "no clear pathway"), a person ("i raised
    /// it") or "and", counts only as all its words in order, with at most <see cref="MaxGap"/> stop words between them.
    /// </summary>
    private static HashSet<int>? FindSequence(IReadOnlyList<Word> phrase, IReadOnlyList<Word> words, IReadOnlyList<int> scope)
    {
        for (var start = 0; start < scope.Count; start++)
        {
            if (!Same(words[scope[start]], phrase[0], phrase.Count, subjectMayNegate: phrase.Count > 1 && !phrase[1].IsStopWord))
            {
                continue;
            }

            // "Nothing" stands for "not" only before a verb: "nothing (has) moved", not "nothing on the list".
            var subject = words[scope[start]].Text is "nothing" or "nobody";
            var positions = new HashSet<int> { scope[start] };
            var at = start;
            for (var k = 1; k < phrase.Count && at >= 0; k++)
            {
                at = Next(words, scope, at, phrase[k], phrase.Count, auxiliariesOnly: subject && k == 1);
                if (at >= 0)
                {
                    positions.Add(scope[at]);
                }
            }

            if (at >= 0)
            {
                return positions;
            }
        }

        return null;
    }

    /// <summary>
    /// The place in the scope after <paramref name="after"/> of <paramref name="wanted"/>, past stop words only (with
    /// <paramref name="auxiliariesOnly"/>, past "is", "has", "been" and the like only); -1 if none.
    /// </summary>
    private static int Next(IReadOnlyList<Word> words, IReadOnlyList<int> scope, int after, Word wanted, int length, bool auxiliariesOnly = false)
    {
        for (var j = after + 1; j < scope.Count && j <= after + 1 + MaxGap; j++)
        {
            var word = words[scope[j]];
            if (Same(word, wanted, length))
            {
                return j;
            }

            if (!word.IsStopWord || word.IsSeparator || (auxiliariesOnly && !WordReader.IsAuxiliary(word.Text)))
            {
                break;
            }
        }

        return -1;
    }

    // Inside a longer phrase "not" may be any negation ("not in place" is "aren't in place"; but "no" alone is not "not"), and
    // "nothing" or "nobody" before a verb is one too ("nothing is moving" is "not moving"; the caller checks that only "is",
    // "has" and the like stand between); stop words must be the very word ("me" is not "my"); other words may differ by ending
    // or one typo.
    private static bool Same(Word typed, Word wanted, int length, bool subjectMayNegate = false)
        => length > 1 && wanted.Text == "not"
            ? WordReader.IsNegator(typed.Text) && (typed.Text is not ("no" or "none" or "nothing" or "nobody") || (subjectMayNegate && typed.Text is ("nothing" or "nobody")))
            : wanted.IsStopWord ? typed.Text == wanted.Text
            : typed.Matches(wanted);

    /// <summary>Words left in a segment that named nothing: each counts for the options it belongs to, more when it belongs to few.</summary>
    private static void Weigh(IEnumerable<Word> words, ChoiceVocabulary vocabulary, Dictionary<int, double> evidence)
    {
        // "me" or "we" alone points nowhere: people are named in many options' phrases.
        foreach (var word in words.Where(w => !WordReader.IsPerson(w.Text)))
        {
            var options = vocabulary.OptionsUsing(word).ToList();
            foreach (var option in options)
            {
                evidence[option] = evidence.GetValueOrDefault(option) + (1.0 / options.Count);
            }
        }
    }

    /// <summary>Nothing matched at all: options with a word spelt nearly like one typed ("terminnall"), for "did you mean".</summary>
    private static void Resemble(IEnumerable<Word> words, ChoiceVocabulary vocabulary, Dictionary<int, double> evidence)
    {
        foreach (var word in words.Where(w => w.Text.Length >= 4))
        {
            for (var option = 0; option < vocabulary.Count; option++)
            {
                var similarity = vocabulary.WordsOf(option).Where(w => w.Text.Length >= 4)
                    .Select(w => 1 - ((double)EditDistance.Between(word.Text, w.Text) / Math.Max(word.Text.Length, w.Text.Length)))
                    .DefaultIfEmpty(0).Max();
                if (similarity >= MinSimilarity)
                {
                    evidence[option] = Math.Max(evidence.GetValueOrDefault(option), similarity);
                }
            }
        }
    }
}
