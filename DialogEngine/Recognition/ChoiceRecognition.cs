namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// What a typed answer says about a list of options (zero-based positions): the options it names for sure, the ones it names but
/// not for sure (two equally, with "maybe", or with "or"), the ones it only touched or nearly spelt (most likely first), and a
/// number typed that is not on the list.
/// </summary>
internal sealed record ChoiceRecognition(IReadOnlyList<int> Chosen, IReadOnlyList<int> Unsure, IReadOnlyList<int> Suggested, int? MissingNumber)
{
    /// <summary>Every option the answer may mean, for "did you mean": the unsure ones, then the suggested.</summary>
    public IReadOnlyList<int> Possible => [.. Unsure.Concat(Suggested).Distinct()];

    /// <summary>Options named with a "not" or "no" before them ("no risk of harm").</summary>
    public IReadOnlyList<int> Denied { get; init; } = [];

    public bool IsClear => Unsure.Count == 0 && MissingNumber is null;
}
