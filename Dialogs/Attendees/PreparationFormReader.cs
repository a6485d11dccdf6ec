using System.Text.Json;
using CaseBot.Cards.Preparation;
using CaseBot.Cases.Preparation;

namespace CaseBot.Dialogs.Attendees;

/// <summary>
/// Reads the preparation card's inputs into answers: unknown choices are dropped (a client can send anything), empty text is no
/// answer; the domain checks the lengths.
/// </summary>
internal static class PreparationFormReader
{
    public static PreparationAnswers Answers(JsonElement? inputs)
    {
        var help = (InvokeData.Text(inputs, PreparationInputs.Help) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => Enum.TryParse<PreparationRequest>(v, out var request) && PreparationAnswers.HelpChoices.Contains(request) ? request : (PreparationRequest?)null)
            .OfType<PreparationRequest>().Distinct().ToList();
        var bringing = Enum.TryParse<Bringing>(InvokeData.Text(inputs, PreparationInputs.Bringing), out var b) && Enum.IsDefined(b) ? b : (Bringing?)null;
        return PreparationAnswers.None with
        {
            Help = help,
            OtherHelp = InvokeData.Text(inputs, PreparationInputs.OtherHelp),
            Bringing = bringing,
            BringingWho = InvokeData.Text(inputs, PreparationInputs.Who),
            Points = InvokeData.Text(inputs, PreparationInputs.Points),
            PointsOnAgenda = string.Equals(InvokeData.Text(inputs, PreparationInputs.PointsOnAgenda), "true", StringComparison.OrdinalIgnoreCase),
        };
    }
}
