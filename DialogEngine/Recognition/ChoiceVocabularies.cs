using System.Collections.Concurrent;
using System.Text;
using CaseBot.BotFramework.Builder;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine.Recognition;

/// <summary>
/// The <see cref="ChoiceVocabulary"/> of each list of options seen, kept between turns: reading a list's few hundred synonyms into
/// words costs more than reading the answer. The host puts one in the turn state (a singleton); without it a vocabulary is built
/// for the turn. A list is known by its content (values, titles, synonyms), as prompts read their options back from the stored
/// dialog state each turn; the cache holds at most <see cref="Capacity"/> lists (free-time choices differ per booking).
/// </summary>
public sealed class ChoiceVocabularies
{
    public const int Capacity = 256;
    private readonly ConcurrentDictionary<string, ChoiceVocabulary> _known = new(StringComparer.Ordinal);

    internal static ChoiceVocabulary For(ITurnContext turnContext, IReadOnlyList<Choice> choices)
        => turnContext.TurnState.Get<ChoiceVocabularies>() is { } cache ? cache.Get(choices) : new ChoiceVocabulary(choices);

    internal ChoiceVocabulary Get(IReadOnlyList<Choice> choices)
    {
        var key = Key(choices);
        if (_known.TryGetValue(key, out var known))
        {
            return known;
        }

        if (_known.Count >= Capacity)
        {
            _known.Clear();
        }

        return _known.GetOrAdd(key, _ => new ChoiceVocabulary(choices));
    }

    private static string Key(IReadOnlyList<Choice> choices)
    {
        var key = new StringBuilder();
        foreach (var choice in choices)
        {
            key.Append(choice.Value).Append('\u0001').Append(choice.Title).Append('\u0001');
            foreach (var phrase in (choice.Synonyms ?? []).Append("\u0002").Concat(choice.Lookalikes ?? []))
            {
                key.Append(phrase).Append('\u0001');
            }

            key.Append('\u0003');
        }

        return key.ToString();
    }
}
