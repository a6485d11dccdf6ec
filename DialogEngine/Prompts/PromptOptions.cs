namespace CaseBot.DialogEngine.Prompts;

/// <summary>What a prompt asks and how it helps; stored as JSON in the prompt's instance.</summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public required string Prompt { get; init; }

    /// <summary>Sent (with the choices again) after an answer that could not be used; each prompt has a specific default.</summary>
    public string? RetryPrompt { get; init; }

    /// <summary>Explains this question when the user types 'help' or keeps failing; <see cref="EngineText.GenericHelp"/> if null.</summary>
    public string? Help { get; init; }

    /// <summary>The options of a choice or multi-select prompt.</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>The property of the card submit data that carries the answer; <see cref="PromptSubmit.ValueProperty"/> if null.</summary>
    public string? InputId { get; init; }

    /// <summary>Failed answers in a row before the bot offers help instead of repeating itself; 3 if null.</summary>
    public int? MaxFailures { get; init; }

    /// <summary>For multi-select prompts: whether choosing nothing ('none', or an empty card selection) is a valid answer.</summary>
    public bool AllowNone { get; init; }

    /// <summary>
    /// For multi-select prompts: whether "all of them" selects every option. False where that is implausible and worth checking
    /// (the triggers: all eleven, and "something else" too?); the user is then asked which ones apply.
    /// </summary>
    public bool AllowAll { get; init; } = true;
}
