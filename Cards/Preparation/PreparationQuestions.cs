using CaseBot.Cards.Model;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;

namespace CaseBot.Cards.Preparation;

/// <summary>"Have your say before the meeting": the optional questions of the preparation card, filled in with earlier answers.</summary>
public static class PreparationQuestions
{
    public static Container Build(Role reader, string individual, string organiser, PreparationAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var safeOrganiser = MarkdownText.Inline(organiser);
        return new Container
        {
            Style = ContainerStyle.Emphasis,
            Spacing = Spacing.Large,
            Items =
            [
                new TextBlock(PreparationQuestionText.Title) { Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder },
                new TextBlock(PreparationQuestionText.Intro(safeOrganiser)),
                new ChoiceSetInput
                {
                    Id = PreparationInputs.Help,
                    Label = PreparationQuestionText.HelpQuestion(reader),
                    IsMultiSelect = true,
                    Style = ChoiceInputStyle.Expanded,
                    Wrap = true,
                    Choices = [.. PreparationAnswers.HelpChoices.Select(r => new InputChoice(PreparationQuestionText.Request(r), r.ToString()))],
                    Value = answers.Help.Count > 0 ? string.Join(",", answers.Help) : null,
                },
                new TextInput
                {
                    Id = PreparationInputs.OtherHelp, Label = PreparationQuestionText.OtherHelpLabel, MaxLength = PreparationAnswers.MaxOtherHelpLength,
                    IsMultiline = true, Value = answers.OtherHelp,
                },
                new ChoiceSetInput
                {
                    Id = PreparationInputs.Bringing,
                    Label = PreparationQuestionText.BringQuestion(reader, MarkdownText.Inline(individual)),
                    Style = ChoiceInputStyle.Expanded,
                    Wrap = true,
                    Choices = [.. Enum.GetValues<Bringing>().Select(b => new InputChoice(PreparationQuestionText.Bringing(b), b.ToString()))],
                    Value = answers.Bringing?.ToString(),
                },
                new TextInput
                {
                    Id = PreparationInputs.Who, Label = PreparationQuestionText.WhoLabel, Placeholder = PreparationQuestionText.WhoPlaceholder,
                    MaxLength = PreparationAnswers.MaxWhoLength, Value = answers.BringingWho,
                },
                new TextInput
                {
                    Id = PreparationInputs.Points, Label = PreparationQuestionText.PointsLabel, Placeholder = PreparationQuestionText.PointsPlaceholder,
                    MaxLength = PreparationAnswers.MaxPointsLength, IsMultiline = true, Value = answers.Points,
                },
                new ToggleInput(PreparationQuestionText.AgendaToggle)
                {
                    Id = PreparationInputs.PointsOnAgenda, ValueOn = "true", ValueOff = "false", Value = answers.PointsOnAgenda ? "true" : "false", Wrap = true,
                },
                new TextBlock(PreparationQuestionText.AgendaHint(safeOrganiser)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                new TextBlock(PreparationQuestionText.TypeAnyTime) { IsSubtle = true, Spacing = Spacing.Medium },
            ],
        };
    }
}
