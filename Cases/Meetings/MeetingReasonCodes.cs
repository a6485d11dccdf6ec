namespace CaseBot.Cases.Meetings;

/// <summary>Stable codes of the meeting-recommendation <see cref="Reason"/>s. Never change a published value.</summary>
public static class MeetingReasonCodes
{
    public const string PromptedByIndividual = "prompted-by-individual";
    public const string ProfessionalsMayPrepare = "professionals-may-prepare";
    public const string ConferenceAfterCmm = "conference-after-cmm";
    public const string DecideWithoutIndividual = "decide-without-individual";
    public const string ConferenceFollows = "conference-follows";
    public const string InvolveIndividual = "involve-individual";
    public const string ProactiveManagement = "proactive-management";
    public const string FurtherCmm = "further-cmm";
}
