namespace CaseBot.DialogEngine.Prompts;

/// <summary>Extra checks on a recognised value; return false (and set <see cref="PromptValidatorContext{T}.RetryText"/>) to ask again.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
