using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Agenda;

/// <summary>
/// The policy's draft agenda for a Case Management Meeting or Case Conference. The consent item differs by type: "In a CMM, the
/// OH clinician will not have previous knowledge of the case and will provide generic information only. A case conference will
/// usually be attended by the OH clinician who has been involved in the case who can provide advice for which they have consent
/// to disclose." The current-situation item carries the case's chronology of key dates.
/// </summary>
public static class DraftAgenda
{
    public static IReadOnlyList<AgendaItem> For(MeetingType type, string purpose, IReadOnlyList<ChronologyEntry> chronology, Func<DateTimeOffset, string> formatDate)
    {
        ArgumentNullException.ThrowIfNull(chronology);
        ArgumentNullException.ThrowIfNull(formatDate);
        var keyDates = chronology.OrderBy(e => e.At).Select(e => $"{formatDate(e.At)}: {e.Summary}").ToList();
        return
        [
            new(AgendaText.Introductions, []),
            new(AgendaText.RolesAndConsent, [AgendaText.WhatCanBeDisclosed, type == MeetingType.CaseManagementMeeting ? AgendaText.CmmClinician : AgendaText.ConferenceClinician]),
            new(AgendaText.WhyCalled, [purpose]),
            new(AgendaText.CurrentSituation, keyDates.Count > 0 ? [AgendaText.KeyDates, .. keyDates] : []),
            new(AgendaText.EachIssue, [AgendaText.Blockage, AgendaText.FurtherAdvice, AgendaText.Options, AgendaText.Decisions]),
            new(AgendaText.Summary, [AgendaText.Recorded]),
        ];
    }
}
