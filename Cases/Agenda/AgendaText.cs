namespace CaseBot.Cases.Agenda;

/// <summary>The draft agenda's words, from the policy.</summary>
public static class AgendaText
{
    public const string Introductions = "Introduction of everyone present";
    public const string RolesAndConsent = "Roles and responsibilities, and matters of consent";
    public const string WhatCanBeDisclosed = "What can and cannot be disclosed by Occupational Health, which depends on whether the individual is present.";
    public const string CmmClinician = "In a Case Management Meeting the OH clinician has no previous knowledge of the case and gives generic information only.";
    public const string ConferenceClinician = "At a Case Conference the OH clinician involved in the case gives the advice they have consent to disclose.";
    public const string WhyCalled = "Why this meeting has been called and what it must achieve by the end";
    public const string CurrentSituation = "Update on the current situation and the key issues to discuss";
    public const string KeyDates = "Chronology of key dates:";
    public const string EachIssue = "Each issue in turn";
    public const string Blockage = "Identify the blockage or issue, and its underlying cause.";
    public const string FurtherAdvice = "Consider whether any further advice or information is needed.";
    public const string Options = "Consider risk-based options or recommendations to mitigate or resolve it.";
    public const string Decisions = "Decide what decisions and actions are needed to manage the individual's capability or attendance effectively.";
    public const string Summary = "Summary of decisions, agreed actions and next steps";
    public const string Recorded = "All decisions and actions are recorded, and the record is confirmed by everyone who attended.";
}
