namespace CaseBot.DialogEngine.Prompts;

/// <summary>What a prompt asks for, so a renderer can pick a suitable input (buttons, toggles, a date picker).</summary>
public enum PromptKind
{
    Text,
    Choice,
    Confirm,
    MultiSelect,
    DateTime,
    Duration,

    /// <summary>Someone to invite: the Teams people picker, or their work email address.</summary>
    Person,
}
