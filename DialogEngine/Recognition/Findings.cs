namespace CaseBot.DialogEngine.Recognition;

/// <summary>What the <see cref="ChoiceRecognizer"/> has read so far in one answer (option positions, zero-based).</summary>
internal sealed class Findings
{
    /// <summary>Options named for sure.</summary>
    public HashSet<int> Chosen { get; } = [];

    /// <summary>Options named only by a weak word (<see cref="OptionPhrase.IsWeak"/>): chosen when nothing else is.</summary>
    public HashSet<int> Weak { get; } = [];

    /// <summary>Options perhaps meant: named as well as another on the same words, with "maybe", or as one of two with "or".</summary>
    public HashSet<int> Unsure { get; } = [];

    /// <summary>Options named with a "not" or "no" before them.</summary>
    public HashSet<int> Denied { get; } = [];

    /// <summary>Options some leftover word belongs to, with how strongly.</summary>
    public Dictionary<int, double> Evidence { get; } = [];

    /// <summary>Word positions already explained by a match.</summary>
    public HashSet<int> Used { get; } = [];

    /// <summary>A number typed that is not on the list.</summary>
    public int? Missing { get; set; }

    public bool IsEmpty => Chosen.Count == 0 && Weak.Count == 0 && Unsure.Count == 0 && Evidence.Count == 0 && Missing is null && Denied.Count == 0;
}
