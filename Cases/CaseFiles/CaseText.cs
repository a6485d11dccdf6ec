using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.CaseFiles;

/// <summary>The plain words of case records.</summary>
public static class CaseText
{
    public const string ReferenceRules = "A case reference is 3 to 40 letters, digits or - _ / . with no spaces, for example HR-2026-0142. Please don't use names.";
    public const string KeyDateRules = "A key date needs a short description (up to 200 characters).";
    public const string Triaged = "Triaged as a critical case";

    public static string Recommended(MeetingType type) => $"{MeetingCatalogue.Name(type)} recommended";

    public static string Decided(MeetingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Accepted
            ? $"{MeetingCatalogue.Name(decision.Chosen)} accepted"
            : $"{MeetingCatalogue.Name(decision.Chosen)} chosen instead of the recommendation (reason recorded)";
    }
}
