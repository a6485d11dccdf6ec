using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cards;
using CaseBot.Cards.Triage;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;
using CaseBot.Casework.Openings;
using CaseBot.DialogEngine;
using CaseBot.DialogEngine.Prompts;
using CaseBot.Dialogs.Planning;
using CaseBot.Dialogs.Root;
using static CaseBot.Dialogs.Root.Answer;

namespace CaseBot.Dialogs.Triage;

/// <summary>
/// The manager's triage: case reference, who identified the need, the critical-case questions and triggers, whether the individual
/// must be involved, then the recommendation, the manager's decision, and the saved case. Not critical: why, and where to go instead.
/// </summary>
public sealed class TriageDialog : GuidedDialog
{
    private const string ReferencePrompt = "triage.reference";
    private const string OtherPrompt = "triage.other";
    private const string ReasonPrompt = "triage.overrideReason";
    private readonly CaseOpenings _openings;
    private readonly TimeProvider _time;
    private readonly AdviceLineHours _adviceLine;
    private readonly AdviceLineContact _contact;

    public TriageDialog(CaseOpenings openings, TimeProvider time, AdviceLineHours adviceLine, AdviceLineContact contact, PlainAnswers answers)
        : base(nameof(TriageDialog), answers)
    {
        _openings = openings;
        _time = time;
        _adviceLine = adviceLine;
        _contact = contact;
        AddDialog(new WaterfallDialog("triage.steps",
        [
            ReferenceStepAsync, IdentifiedByStepAsync, ExceptionalStepAsync, StuckStepAsync, JoinedUpStepAsync, TriggersStepAsync,
            OtherTriggerStepAsync, InvolvementStepAsync, DecideWithoutStepAsync, RecommendStepAsync, OverrideReasonStepAsync, SaveStepAsync,
        ]));
        AddDialog(new TextPrompt(ReferencePrompt, ReferenceIsFreeAsync, maxLength: 40));
        AddDialog(new TextPrompt(OtherPrompt, maxLength: OtherTrigger.MaxLength));
        AddDialog(new TextPrompt(ReasonPrompt, maxLength: MeetingDecision.MaxReasonLength));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt), answers));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt), answers));
        AddDialog(new MultiSelectPrompt(nameof(MultiSelectPrompt), answers));
    }

    private static async Task<DialogTurnResult> ReferenceStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Reason != DialogReason.BackCalled)
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(TriageDialogText.Start), ct);
        }

        return await step.PromptAsync(ReferencePrompt, new PromptOptions { Prompt = TriageDialogText.AskReference, Help = TriageDialogText.ReferenceHelp, RetryPrompt = CaseText.ReferenceRules }, ct);
    }

    private static Task<DialogTurnResult> IdentifiedByStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.UpdateState<TriageAnswers>(a => a with { Reference = CaseReference.Parse(step.ResultAs<string>()!).Value });
        return step.PromptAsync(nameof(ChoicePrompt), new PromptOptions { Prompt = TriageDialogText.AskIdentifiedBy, Help = TriageDialogText.IdentifiedByHelp, Choices = TriageChoices.IdentifiedBy }, ct);
    }

    private static Task<DialogTurnResult> ExceptionalStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.UpdateState<TriageAnswers>(a => a with { IdentifiedBy = Enum.Parse<NeedIdentifiedBy>(step.ResultAs<FoundChoice>()!.Value) });
        return Confirm(step, TriageDialogText.AskExceptional, TriageDialogText.ExceptionalHelp, ct);
    }

    private static Task<DialogTurnResult> StuckStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.UpdateState<TriageAnswers>(a => a with { Exceptional = step.ResultAs<bool>() });
        return Confirm(step, TriageDialogText.AskStuck, TriageDialogText.StuckHelp, ct);
    }

    private static Task<DialogTurnResult> JoinedUpStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.UpdateState<TriageAnswers>(a => a with { Stuck = step.ResultAs<bool>() });
        return Confirm(step, TriageDialogText.AskJoinedUp, TriageDialogText.JoinedUpHelp, ct);
    }

    private static Task<DialogTurnResult> TriggersStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.UpdateState<TriageAnswers>(a => a with { JoinedUp = step.ResultAs<bool>() });
        return step.PromptAsync(nameof(MultiSelectPrompt), TriggerOptions, ct);
    }

    /// <summary>The triggers question: several may apply, or none; "all of them" is asked about rather than taken.</summary>
    internal static PromptOptions TriggerOptions { get; } = new()
    {
        Prompt = TriageDialogText.AskTriggers,
        Help = TriageDialogText.TriggersHelp,
        Choices = TriageChoices.Triggers,
        AllowNone = true,
        AllowAll = false,
        InputId = "triggers",
    };

    private static Task<DialogTurnResult> OtherTriggerStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var triggers = (step.ResultAs<List<string>>() ?? []).Select(Enum.Parse<Trigger>).ToList();
        step.UpdateState<TriageAnswers>(a => a with { Triggers = triggers });
        return triggers.Contains(Trigger.Other)
            ? step.PromptAsync(OtherPrompt, new PromptOptions { Prompt = TriageDialogText.AskOtherTrigger, RetryPrompt = Cases.Triage.TriageText.OtherTriggerLength }, ct)
            : step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> InvolvementStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var other = step.Result is { ValueKind: System.Text.Json.JsonValueKind.String } ? step.ResultAs<string>() : null;
        var answers = step.UpdateState<TriageAnswers>(a => a with { OtherTrigger = other });
        var result = CriticalCaseAssessment.Assess(answers.Critical());
        if (!result.IsCritical)
        {
            var now = _time.GetUtcNow();
            var card = NotCriticalCard.Build(result, _adviceLine, _adviceLine.Describe(_adviceLine.Status(now)), _contact);
            await step.Context.SendActivityAsync(CardAttachment.Message(card), ct);
            await step.Context.SendActivityAsync(TriageDialogText.NotSaved, ct);
            return await step.EndDialogAsync(null, ct);
        }

        return answers.PromptedByIndividual()
            ? await step.NextAsync(null, ct)
            : await Confirm(step, TriageDialogText.AskInvolvement, TriageDialogText.InvolvementHelp, ct);
    }

    private static Task<DialogTurnResult> DecideWithoutStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var answers = step.UpdateState<TriageAnswers>(a => a with { Involvement = a.PromptedByIndividual() || step.ResultAs<bool>() });
        return answers.PromptedByIndividual()
            ? step.NextAsync(null, ct)
            : Confirm(step, TriageDialogText.AskDecideWithout, TriageDialogText.DecideWithoutHelp, ct);
    }

    private static async Task<DialogTurnResult> RecommendStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var answers = step.UpdateState<TriageAnswers>(a => a with { DecideWithout = !a.PromptedByIndividual() && step.ResultAs<bool>() });
        var recommendation = answers.Recommend();
        await step.Context.SendActivityAsync(CardAttachment.Message(RecommendationCard.Build(recommendation, Given(answers.Reference))), ct);
        var options = new PromptOptions { Prompt = TriageDialogText.AskDecision, Help = TriageDialogText.DecisionHelp, Choices = TriageChoices.Decision(recommendation.Type) };
        return await step.PromptAsync(nameof(ChoicePrompt), options, ct);
    }

    private static Task<DialogTurnResult> OverrideReasonStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var accepted = step.ResultAs<FoundChoice>()!.Value == TriageChoices.Accept;
        step.UpdateState<TriageAnswers>(a => a with { Accepted = accepted });
        return accepted
            ? step.NextAsync(null, ct)
            : step.PromptAsync(ReasonPrompt, new PromptOptions { Prompt = TriageDialogText.AskOverrideReason, RetryPrompt = MeetingText.OverrideReasonRequired }, ct);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var answers = step.State<TriageAnswers>();
        var recommendation = answers.Recommend();
        var decision = Given(answers.Accepted)
            ? MeetingRecommender.Accept(recommendation)
            : MeetingRecommender.Override(recommendation, Other(recommendation.Type), step.ResultAs<string>()!);
        // This very save may have landed already (the turn run again after a crash or a redelivery, or sent again after the
        // conversation could not be saved): then it goes on as saved.
        var opening = await _openings.OpenAsync(step.Context.Activity.Caller(), CaseReference.Parse(Given(answers.Reference)), answers.Record(), decision, ct);
        if (opening.Case is not { } criticalCase)
        {
            await step.Context.SendActivityAsync(MessageFactory.Markdown(TriageDialogText.DuplicateOnSave), ct);
            return await step.EndDialogAsync(null, ct);
        }

        var card = CaseOpenedCard.Build(criticalCase, _adviceLine.Zone, TriageDialogText.MeetingPlanningNext);
        await step.Context.SendActivityAsync(CardAttachment.Message(card), ct);

        // Straight on to planning the meeting (it asks first), so the manager need not find a command. The triage is finished and
        // saved, so planning takes its place instead of running on top of it: the conversation keeps no finished triage state.
        return await step.ReplaceDialogAsync(nameof(PlanningDialog), BotJson.ToElement(new PlanningOptions(criticalCase.Reference.Value, FromTriage: true)), ct);
    }

    private async Task<bool> ReferenceIsFreeAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        if (!CaseReference.TryParse(prompt.Value, out var reference))
        {
            prompt.RetryText = CaseText.ReferenceRules;
            return false;
        }

        if (!await _openings.IsFreeAsync(prompt.Context.Activity.Caller(), reference!, ct))
        {
            prompt.RetryText = TriageDialogText.ReferenceTaken;
            return false;
        }

        return true;
    }

    private static Task<DialogTurnResult> Confirm(WaterfallStepContext step, string question, string help, CancellationToken ct)
        => step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = question, Help = help }, ct);

    private static MeetingType Other(MeetingType type) => type == MeetingType.CaseConference ? MeetingType.CaseManagementMeeting : MeetingType.CaseConference;
}
