namespace CaseBot.Cases.CaseFiles;

/// <summary>The plain words of case records.</summary>
public static class CaseText
{
    public const string ReferenceRules = "A case reference is 3 to 40 letters, digits or - _ / . with no spaces, for example HR-2026-0142. Please don't use names.";
}
