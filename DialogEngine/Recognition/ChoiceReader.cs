using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// Which of a list of options a message names, read by the recogniser every prompt uses, for a bot's own use outside a prompt (for
/// example commands asked for in a person's own words). Built once per list: reading the options into words costs more than reading
/// a message.
/// </summary>
public sealed class ChoiceReader(IReadOnlyList<Choice> choices)
{
    private readonly ChoiceVocabulary _vocabulary = new(choices);

    public ChoiceReading Read(string? text)
    {
        var found = ChoiceRecognizer.Recognize(text, _vocabulary);
        return new ChoiceReading([.. found.Chosen.Select(i => choices[i].Value)], found.IsClear, [.. found.Possible.Select(i => choices[i].Value)]);
    }
}
