namespace CaseBot.DialogEngine;

/// <summary>The commands a <see cref="GuidedDialog"/> obeys at any step.</summary>
public enum InterruptionCommand
{
    None,
    Help,
    Cancel,
    Back,
    Restart,
}
