namespace CaseBot.DialogEngine;

/// <summary>What the dialog stack did with a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: nothing handled the turn.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}
