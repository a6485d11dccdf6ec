namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// Martin Porter's 1980 stemmer for English ("referrals", "referral" → "referr"; "delays", "delayed" → "delai"), so a typed word
/// meets an option's word whatever its ending. The stems are only compared with each other, never shown. Lower-case ASCII words
/// only; anything else comes back unchanged.
/// </summary>
internal static class EnglishStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"), ("alli", "al"),
        ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"),
        ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", string.Empty), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", string.Empty), ("ness", string.Empty),
    ];

    // Longest first: Porter applies the longest suffix that matches, or none.
    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ion", "ism", "ate", "iti", "ous", "ive", "ize", "al", "er", "ic", "ou",
    ];

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }

        var w = Step1A(word);
        w = Step1B(w);
        w = Step1C(w);
        w = ReplaceFirst(w, Step2Rules, minMeasure: 1);
        w = ReplaceFirst(w, Step3Rules, minMeasure: 1);
        w = Step4(w);
        return Step5(w);
    }

    private static string Step1A(string w)
        => w.EndsWith("sses", StringComparison.Ordinal) ? w[..^2]
            : w.EndsWith("ies", StringComparison.Ordinal) ? w[..^2]
            : w.EndsWith("ss", StringComparison.Ordinal) ? w
            : w.EndsWith('s') ? w[..^1]
            : w;

    private static string Step1B(string w)
    {
        if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            return Measure(w[..^3]) > 0 ? w[..^1] : w;
        }

        string stem;
        if (w.EndsWith("ed", StringComparison.Ordinal) && HasVowel(w[..^2]))
        {
            stem = w[..^2];
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w[..^3]))
        {
            stem = w[..^3];
        }
        else
        {
            return w;
        }

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }

        if (EndsWithDoubleConsonant(stem) && stem[^1] is not ('l' or 's' or 'z'))
        {
            return stem[..^1];
        }

        return Measure(stem) == 1 && EndsConsonantVowelConsonant(stem) ? stem + "e" : stem;
    }

    private static string Step1C(string w)
        => w.EndsWith('y') && HasVowel(w[..^1]) ? w[..^1] + "i" : w;

    private static string ReplaceFirst(string w, (string Suffix, string Replacement)[] rules, int minMeasure)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = w[..^suffix.Length];
                return Measure(stem) >= minMeasure ? stem + replacement : w;
            }
        }

        return w;
    }

    private static string Step4(string w)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = w[..^suffix.Length];
            if (suffix == "ion" && (stem.Length == 0 || stem[^1] is not ('s' or 't')))
            {
                return w;
            }

            return Measure(stem) > 1 ? stem : w;
        }

        return w;
    }

    private static string Step5(string w)
    {
        if (w.EndsWith('e'))
        {
            var stem = w[..^1];
            var m = Measure(stem);
            if (m > 1 || (m == 1 && !EndsConsonantVowelConsonant(stem)))
            {
                w = stem;
            }
        }

        return w.EndsWith("ll", StringComparison.Ordinal) && Measure(w) > 1 ? w[..^1] : w;
    }

    private static bool IsConsonant(string w, int i)
        => w[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(w, i - 1),
            _ => true,
        };

    /// <summary>Porter's m: the number of vowel-consonant sequences in [C](VC)^m[V].</summary>
    private static int Measure(string w)
    {
        var m = 0;
        var i = 0;
        while (i < w.Length && IsConsonant(w, i))
        {
            i++;
        }

        while (i < w.Length)
        {
            while (i < w.Length && !IsConsonant(w, i))
            {
                i++;
            }

            if (i >= w.Length)
            {
                break;
            }

            m++;
            while (i < w.Length && IsConsonant(w, i))
            {
                i++;
            }
        }

        return m;
    }

    private static bool HasVowel(string w) => Enumerable.Range(0, w.Length).Any(i => !IsConsonant(w, i));

    private static bool EndsWithDoubleConsonant(string w)
        => w.Length >= 2 && w[^1] == w[^2] && IsConsonant(w, w.Length - 1);

    private static bool EndsConsonantVowelConsonant(string w)
        => w.Length >= 3
            && IsConsonant(w, w.Length - 3) && !IsConsonant(w, w.Length - 2) && IsConsonant(w, w.Length - 1)
            && w[^1] is not ('w' or 'x' or 'y');
}
