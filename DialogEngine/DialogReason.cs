namespace CaseBot.DialogEngine;

/// <summary>Why a dialog is being started, continued or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,

    /// <summary>The user asked to go back; a waterfall re-runs its previous step.</summary>
    BackCalled,
}
