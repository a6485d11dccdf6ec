using CaseBot.BotFramework.Builder;

namespace CaseBot.DialogEngine.Prompts;

/// <summary>What a <see cref="PromptValidator{T}"/> gets: the recognised value and a place to say why it is not acceptable.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext context, T value, PromptOptions options, int failedAttempts)
    {
        Context = context;
        Value = value;
        Options = options;
        FailedAttempts = failedAttempts;
    }

    public ITurnContext Context { get; }

    /// <summary>The value the prompt recognised.</summary>
    public T Value { get; }

    public PromptOptions Options { get; }

    /// <summary>Failed answers in a row before this one.</summary>
    public int FailedAttempts { get; }

    /// <summary>Set when rejecting, to tell the user what exactly was wrong; otherwise the prompt's retry text is used.</summary>
    public string? RetryText { get; set; }
}
