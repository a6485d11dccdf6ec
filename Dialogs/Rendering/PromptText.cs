namespace CaseBot.Dialogs.Rendering;

/// <summary>Button and placeholder words on prompt cards.</summary>
public static class PromptText
{
    public const string Continue = "Continue";
    public const string Send = "Send";
    public const string Pick = "Choose one";
    public const string TypeHere = "Type your answer";
    public const string PickPerson = "Search for someone in your organisation";
    public const string OrTypeEmail = "or type their work email address";
}
