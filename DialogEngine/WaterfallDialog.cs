using System.Text.Json;
using CaseBot.BotFramework.Schema;

namespace CaseBot.DialogEngine;

/// <summary>
/// A fixed sequence of steps; each step usually starts a prompt whose answer arrives in the next step's
/// <see cref="WaterfallStepContext.Result"/> (as Microsoft.Bot.Builder.Dialogs.WaterfallDialog). The step index, the waterfall's
/// state (<see cref="WaterfallStepContext.State{T}"/>), the result each step received and the steps that waited for the user are all
/// JSON in the instance, which is what lets the user go back a step, and the conversation resume at the same step after a restart.
/// </summary>
public class WaterfallDialog : Dialog
{
    internal const string OptionsKey = "options";
    internal const string StateKey = "state";
    private const string StepIndexKey = "stepIndex";
    private const string HistoryKey = "waitedSteps";
    private const string ResultPrefix = "stepResult.";

    // Versions before the typed state (issue 23) kept each answer under its own "values.<name>" key. Those answers are not read
    // into a state record (names and types differ): such an instance is not carried on from, and its guided dialog starts again.
    private const string UntypedValuesPrefix = "values.";
    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null)
        : base(id)
    {
        _steps = steps?.ToList() ?? [];
    }

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        if (options is { } value)
        {
            instance.State[OptionsKey] = value;
        }

        return RunStepAsync(dc, instance, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A step that ended the turn without starting a child gets the user's text as its result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        return activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, BotJson.ToElement(activity.Text ?? string.Empty), cancellationToken)
            : Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, JsonElement? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        return RunStepAsync(dc, instance, instance.GetValue<int>(StepIndexKey) + 1, reason, result, cancellationToken);
    }

    /// <summary>False for an instance stored with the untyped values of earlier versions, which this one does not read.</summary>
    public override bool CanResume(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return !instance.State.Keys.Any(k => k.StartsWith(UntypedValuesPrefix, StringComparison.Ordinal));
    }

    /// <summary>True when an earlier step of this instance waited for the user, so there is somewhere to go back to.</summary>
    internal static bool CanGoBack(DialogInstance instance) => GetHistory(instance).Count >= 2;

    /// <summary>Re-runs the step that asked the previous question, with the result it got the first time; the state is kept.</summary>
    internal Task<DialogTurnResult> BackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var history = GetHistory(instance);
        if (history.Count < 2)
        {
            throw new InvalidOperationException($"Waterfall '{Id}' has no previous step to go back to.");
        }

        var target = history[^2];
        instance.SetValue(HistoryKey, history.Take(history.Count - 2).ToList());
        JsonElement? result = instance.State.TryGetValue(ResultPrefix + target, out var stored) ? stored : null;
        return RunStepAsync(dc, instance, target, DialogReason.BackCalled, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, DialogInstance instance, int index, DialogReason reason, JsonElement? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        instance.SetValue(StepIndexKey, index);
        instance.SetValue(ResultPrefix + index, result);
        var stepContext = new WaterfallStepContext(this, dc, instance, index, reason, result);
        var turn = await _steps[index](stepContext, cancellationToken);

        // Only the step that is really left waiting is recorded (NextAsync runs later steps inside this call).
        if (turn.Status == DialogTurnStatus.Waiting && instance.GetValue<int>(StepIndexKey) == index && dc.Stack.Contains(instance))
        {
            var history = GetHistory(instance).Where(i => i < index).Append(index).ToList();
            instance.SetValue(HistoryKey, history);
        }

        return turn;
    }

    private static List<int> GetHistory(DialogInstance instance) => instance.GetValue<List<int>>(HistoryKey) ?? [];
}
