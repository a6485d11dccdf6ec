namespace CaseBot.DialogEngine.Prompts;

/// <summary>Everything a renderer needs to show a prompt (or its re-prompt), independent of how it will look.</summary>
/// <param name="PromptId">The prompt dialog's id; cards post it back as <see cref="PromptSubmit.PromptId"/>.</param>
/// <param name="Kind">What is asked for.</param>
/// <param name="Text">The question, or the retry / help-offer text when <paramref name="IsRetry"/>.</param>
/// <param name="Choices">The options, in the order their numbers refer to; empty for free answers.</param>
/// <param name="IsMultiSelect">Whether more than one option may be chosen.</param>
/// <param name="InputId">The card input id (or submit data property) that carries the answer.</param>
/// <param name="IsRetry">Whether this repeats the question after an answer that could not be used.</param>
public sealed record PromptRenderRequest(
    string PromptId,
    PromptKind Kind,
    string Text,
    IReadOnlyList<Choice> Choices,
    bool IsMultiSelect,
    string InputId,
    bool IsRetry)
{
    /// <summary>Multi-select: whether choosing nothing is allowed.</summary>
    public bool AllowNone { get; init; }

    /// <summary>Identifies this asking of the prompt; cards should post it back as <see cref="PromptSubmit.Token"/>.</summary>
    public string? Token { get; init; }
}
