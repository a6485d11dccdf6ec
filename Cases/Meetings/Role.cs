namespace CaseBot.Cases.Meetings;

/// <summary>The part someone plays in a case meeting.</summary>
public enum Role
{
    ReferringManager,
    OhClinician,
    EpsCaseworker,
    Individual,
    Representative,
    SeniorManager,
    Other,
}
