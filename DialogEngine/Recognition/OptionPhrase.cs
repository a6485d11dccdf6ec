namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// Words that name an option: its title, its value or one of its synonyms. <see cref="Content"/> are the words that must be typed
/// for the phrase to count (its stop words are optional), or all of them, in order, when it is a <see cref="IsSequence"/> phrase;
/// a phrase in <see cref="Parts"/> is found part by part, each in its own segment of the answer.
/// </summary>
internal sealed record OptionPhrase
{
    public OptionPhrase(int option, IReadOnlyList<Word> words, bool isTitle, bool isLookalike = false, bool isWeak = false, bool inOrder = false)
    {
        Option = option;
        Words = words;
        IsTitle = isTitle;
        IsLookalike = isLookalike;
        IsWeak = isWeak;
        IsStopWordsOnly = words.All(w => w.IsStopWord);
        Bridges = words.Any(w => w.IsSeparator);
        // Mostly stop words around one word ("what can you do") mean something only together, in order.
        var mostlyStopWords = words.Count(w => !w.IsStopWord) == 1 && words.Count(w => w.IsStopWord) >= 2;
        IsSequence = inOrder || IsStopWordsOnly || Bridges || isLookalike || mostlyStopWords
            || words.Any(w => WordReader.IsNegator(w.Text) || WordReader.IsPerson(w.Text));
        Content = IsSequence ? words : [.. words.Where(w => !w.IsStopWord)];
    }

    /// <summary>A phrase told in parts, each found in a different segment of the answer ("OH says she's fit ... but her GP ...").</summary>
    public OptionPhrase(int option, IReadOnlyList<OptionPhrase> parts)
    {
        Option = option;
        Parts = parts;
        Words = [.. parts.SelectMany(p => p.Words)];
        Content = [.. parts.SelectMany(p => p.Content)];
    }

    /// <summary>The option's position in the list (zero-based).</summary>
    public int Option { get; }

    public IReadOnlyList<Word> Words { get; }

    /// <summary>True for the title shown: long titles count when most of their words are typed, synonyms only when all are.</summary>
    public bool IsTitle { get; }

    /// <summary>Words like the option's that mean something else: found, they make the option only possibly meant.</summary>
    public bool IsLookalike { get; }

    /// <summary>
    /// A word that names the option only when nothing else is named for sure ("~appeal"): beside another option it is part of
    /// that story ("no movement since the appeal was lodged" is stuck, not a linked process).
    /// </summary>
    public bool IsWeak { get; }

    public bool IsStopWordsOnly { get; }

    /// <summary>A phrase with "and" in it ("health and safety"), found across the segments an answer is split into.</summary>
    public bool Bridges { get; }

    /// <summary>Matched only as its words in order: a phrase of stop words ("i did"), mostly stop words ("what can you do"), with a negation ("not really"), a person ("i raised
    /// it") or "and", a lookalike, or a synonym written in quotes ("ending it").</summary>
    public bool IsSequence { get; }

    public IReadOnlyList<Word> Content { get; }

    /// <summary>The parts of a phrase written "a ... b": each must be found in its own segment of the answer; null for others.</summary>
    public IReadOnlyList<OptionPhrase>? Parts { get; }
}
