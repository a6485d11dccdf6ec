using System.Text.Json;
using System.Text.Json.Serialization;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.DialogEngine;

/// <summary>What a waterfall step sees: where it is, what it was given, and the stack operations it may call.</summary>
public sealed class WaterfallStepContext
{
    // Enum members by name, so that reordering an enum's members cannot change the meaning of an answer already stored.
    private static readonly JsonSerializerOptions StateJson = CreateStateJson();
    private readonly WaterfallDialog _waterfall;
    private readonly DialogInstance _instance;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog waterfall, DialogContext dc, DialogInstance instance, int index, DialogReason reason, JsonElement? result)
    {
        _waterfall = waterfall;
        _instance = instance;
        DialogContext = dc;
        Index = index;
        Reason = reason;
        Result = result;
        Options = instance.State.TryGetValue(WaterfallDialog.OptionsKey, out var options) ? options : null;
    }

    /// <summary>The stack this waterfall runs on.</summary>
    public DialogContext DialogContext { get; }

    public ITurnContext Context => DialogContext.Context;

    /// <summary>Zero-based index of this step.</summary>
    public int Index { get; }

    /// <summary>Why the step runs; <see cref="DialogReason.BackCalled"/> when the user went back to it.</summary>
    public DialogReason Reason { get; }

    /// <summary>The result of the previous step's child dialog or prompt (the same one again when the user went back).</summary>
    public JsonElement? Result { get; }

    /// <summary>The options the waterfall was started with.</summary>
    public JsonElement? Options { get; }

    /// <summary>The previous step's result as <typeparamref name="T"/>; default when there is none.</summary>
    public T? ResultAs<T>() => Result is { } result ? result.Deserialize<T>(BotJson.Options) : default;

    /// <summary>The waterfall's options as <typeparamref name="T"/>; default when none were given.</summary>
    public T? GetOptions<T>() => Options is { } options ? options.Deserialize<T>(BotJson.Options) : default;

    /// <summary>
    /// This waterfall's state (typically a record of the answers so far): the one last stored with <see cref="SetState{T}"/>, or a
    /// new <typeparamref name="T"/> when none was. It is kept across the steps, through "back" (until a step overwrites it) and
    /// restarts of the bot, and is gone when the waterfall ends.
    /// </summary>
    public T State<T>()
        where T : class, new()
        => _instance.State.TryGetValue(WaterfallDialog.StateKey, out var stored) ? stored.Deserialize<T>(StateJson) ?? new T() : new T();

    /// <summary>Stores this waterfall's state as JSON in its instance, so it is saved with the stack at the end of the turn.</summary>
    public void SetState<T>(T state)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(state);
        _instance.State[WaterfallDialog.StateKey] = JsonSerializer.SerializeToElement(state, StateJson);
    }

    /// <summary>Stores <paramref name="change"/> applied to the current state (e.g. <c>a =&gt; a with { Name = name }</c>) and returns it.</summary>
    public T UpdateState<T>(Func<T, T> change)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(change);
        var next = change(State<T>());
        SetState(next);
        return next;
    }

    /// <summary>Skips to the next step without waiting for the user.</summary>
    public Task<DialogTurnResult> NextAsync(JsonElement? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(DialogContext, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonElement? options = null, CancellationToken cancellationToken = default)
        => DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
        => DialogContext.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(JsonElement? result = null, CancellationToken cancellationToken = default)
        => DialogContext.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonElement? options = null, CancellationToken cancellationToken = default)
        => DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents = false, CancellationToken cancellationToken = default)
        => DialogContext.CancelAllDialogsAsync(cancelParents, cancellationToken);

    private static JsonSerializerOptions CreateStateJson()
    {
        var options = new JsonSerializerOptions(BotJson.Options);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}
