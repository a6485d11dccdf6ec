using CaseBot.Cases.Answers;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.Dialogs.Triage;

/// <summary>The options the triage conversation offers, with the words that pick them when typed.</summary>
internal static class TriageChoices
{
    public const string Accept = "accept";
    public const string Other = "other";

    public static IReadOnlyList<Choice> IdentifiedBy { get; } =
    [
        new(nameof(NeedIdentifiedBy.Manager), "Me, the manager", MeetingSynonyms.For(NeedIdentifiedBy.Manager), MeetingSynonyms.NotMeant(NeedIdentifiedBy.Manager)),
        new(nameof(NeedIdentifiedBy.OccupationalHealth), "Occupational Health", MeetingSynonyms.For(NeedIdentifiedBy.OccupationalHealth)),
        new(nameof(NeedIdentifiedBy.HumanResources), "HR (EPS)", MeetingSynonyms.For(NeedIdentifiedBy.HumanResources)),
        new(nameof(NeedIdentifiedBy.Individual), "The individual", MeetingSynonyms.For(NeedIdentifiedBy.Individual)),
        new(nameof(NeedIdentifiedBy.Representative), "Their representative", MeetingSynonyms.For(NeedIdentifiedBy.Representative)),
    ];

    /// <summary>The eleven triggers and "something else", each with its few words for the echo and its everyday example.</summary>
    public static IReadOnlyList<Choice> Triggers { get; } =
    [
        .. TriggerCatalogue.All.Select(t => new Choice(t.Trigger.ToString(), $"{t.Number}. {t.Wording}", t.Synonyms)
        {
            ShortTitle = $"{t.Number}. {t.ShortWording}",
            Example = t.Example,
        }),
        new(nameof(Trigger.Other), $"{TriggerCatalogue.OtherNumber}. {TriageDialogText.OtherTriggerTitle}", TriggerSynonyms.Other)
        {
            ShortTitle = $"{TriggerCatalogue.OtherNumber}. {TriggerExamples.OtherShort}",
            Example = TriggerExamples.Other,
            IsSomethingElse = true,
        },
    ];

    /// <summary>Taking the recommendation: a yes, or words of agreement.</summary>
    private static IReadOnlyList<string> AcceptWords { get; } =
        [.. AnswerWords.Yes, "accept", "accepted", "agree", "happy", "happy with that", "fine", "fine by me", "go with", "go with that", "sounds right", "recommended"];

    /// <summary>
    /// The other type instead: a no, or words of changing ("change" alone is not one: it corrects the answer just given, as 'back').
    /// </summary>
    private static IReadOnlyList<string> ChangeWords { get; } =
        [.. AnswerWords.No, "change to", "other", "the other", "other one", "instead", "rather", "switch", "prefer", "decline", "declined", "reject", "refuse"];

    public static IReadOnlyList<Choice> Decision(MeetingType recommended)
    {
        var other = recommended == MeetingType.CaseConference ? MeetingType.CaseManagementMeeting : MeetingType.CaseConference;
        return
        [
            new(Accept, TriageDialogText.Accept(MeetingCatalogue.Name(recommended)), [.. AcceptWords, .. MeetingSynonyms.For(recommended)])
            {
                ShortTitle = TriageDialogText.Accepted(MeetingCatalogue.Name(recommended)),
            },
            new(Other, TriageDialogText.ChooseOther(MeetingCatalogue.Name(other)), [.. ChangeWords, .. MeetingSynonyms.For(other)])
            {
                ShortTitle = TriageDialogText.OtherChosen(MeetingCatalogue.Name(other)),
            },
        ];
    }
}
