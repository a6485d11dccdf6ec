namespace CaseBot.Cases.Actions;

/// <summary>Whether an agreed action is still to do.</summary>
public enum ActionState
{
    Open,
    Done,
}
