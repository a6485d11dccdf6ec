using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Agenda;

/// <summary>Each role's responsibilities during or following a Case Management Meeting or Case Conference, as the policy states them.</summary>
public static class RoleResponsibilities
{
    public static IReadOnlyList<string> For(Role role) => role switch
    {
        Role.ReferringManager =>
        [
            "Overall accountability for making decisions and determining what actions are needed to manage the individual's capability or attendance effectively.",
            "Determine the reasonableness of any adjustments in the context of the service's operational needs and organisational policies.",
            "Have due regard to the individual's health and wellbeing in line with specialist advice, good practice and EPS policy.",
            "Consider the advice from Occupational Health and the impact of the medical condition in relation to the workplace and role.",
            "Consider the advice from EPS in line with the organisation's EPS policies, procedures and practice.",
            "Consider the input or representations of the individual or their representative.",
            "Seek further organisational or management advice and support where appropriate (for example senior managers, Access to Work, IT providers).",
            "Accountable for implementing the management actions agreed in the meeting.",
        ],
        Role.OhClinician =>
        [
            "Give professional Occupational Health advice so the manager can decide what actions or decisions are needed, within the bounds of medical confidentiality and consent.",
            "Advise on the potential impact of the medical condition on the individual and on workplace and role adjustments that can be considered.",
            "Clarify or explain the advice and recommendations in Occupational Health reports.",
            "Recommend whether further Occupational Health or medical specialist advice may be needed.",
            "Accountable for implementing the Occupational Health actions agreed in the meeting.",
        ],
        Role.EpsCaseworker =>
        [
            "Give professional HR advice so the manager can decide what actions or decisions are needed, in line with HR policies, procedure and practice.",
            "Give employee-relations advice and support to the manager for engaging with the individual and/or their representative.",
            "Give risk-based options so the manager can decide how to move the case forward.",
            "Recommend whether further HR/EPS or legal advice may be needed.",
            "Accountable for implementing the HR actions agreed in the meeting.",
        ],
        Role.Individual =>
        [
            "Represent yourself at the Case Conference.",
            "Attend and engage positively, to manage your capability or attendance effectively.",
            "Give any necessary and relevant information you want the manager to take into account when deciding decisions and actions.",
            "Accountable for implementing the individual actions agreed in the meeting.",
        ],
        Role.Representative =>
        [
            "Represent the individual at the Case Conference.",
            "Attend and engage positively, to manage the individual's capability or attendance effectively.",
            "Have due regard to the individual's health and wellbeing in line with Occupational Health and EPS advice and organisational policies.",
            "Give any necessary and relevant information you want the manager to take into account when deciding decisions and actions.",
            "Accountable for implementing the representative's agreed actions, and supporting the individual with theirs.",
        ],
        Role.SeniorManager or Role.Other =>
        [
            "Contribute the advice or support you were invited for, within the bounds of confidentiality and consent.",
            "Accountable for implementing any actions agreed for you in the meeting.",
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
