using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;
using CaseBot.Dialogs.Engine.Prompts;

namespace CaseBot.Dialogs.Triage;

/// <summary>The options the triage conversation offers, with the words that pick them when typed.</summary>
internal static class TriageChoices
{
    public const string Accept = "accept";
    public const string Other = "other";

    public static IReadOnlyList<Choice> IdentifiedBy { get; } =
    [
        new(nameof(NeedIdentifiedBy.Manager), "Me, the manager", ["me", "manager", "i did", "line manager"]),
        new(nameof(NeedIdentifiedBy.OccupationalHealth), "Occupational Health", ["oh", "occupational health", "clinician"]),
        new(nameof(NeedIdentifiedBy.HumanResources), "HR (EPS)", ["hr", "eps", "human resources"]),
        new(nameof(NeedIdentifiedBy.Individual), "The individual", ["individual", "employee", "the employee", "them"]),
        new(nameof(NeedIdentifiedBy.Representative), "Their representative", ["representative", "rep", "union", "trade union"]),
    ];

    public static IReadOnlyList<Choice> Triggers { get; } =
    [
        .. TriggerCatalogue.All.Select(t => new Choice(t.Trigger.ToString(), $"{t.Number}. {t.Wording}", t.Keywords)),
        new(nameof(Trigger.Other), $"12. {TriageDialogText.OtherTriggerTitle}", ["other", "something else"]),
    ];

    public static IReadOnlyList<Choice> Decision(MeetingType recommended)
    {
        var other = recommended == MeetingType.CaseConference ? MeetingType.CaseManagementMeeting : MeetingType.CaseConference;
        return
        [
            new(Accept, TriageDialogText.Accept(MeetingCatalogue.Name(recommended)), ["yes", "ok", "agree", "accept"]),
            new(Other, TriageDialogText.ChooseOther(MeetingCatalogue.Name(other)), ["no", "change", "other", MeetingCatalogue.ShortName(other).ToLowerInvariant()]),
        ];
    }
}
