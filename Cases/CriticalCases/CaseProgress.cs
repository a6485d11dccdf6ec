using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Closing;
using CaseBot.Cases.Escalation;
using CaseBot.Cases.Preparation;
using CaseBot.Cases.Records;

namespace CaseBot.Cases.CriticalCases;

/// <summary>
/// What has happened to a case since triage: its meetings, the agreed actions, the meeting records, when it closed, the group
/// chat its shared cards go to (null: each person's 1:1 chat with CaseBot), how it closed, its escalation tier (null: never escalated),
/// and the individual's (and representative's) say before each Case Conference.
/// </summary>
public sealed record CaseProgress(
    IReadOnlyList<CaseMeeting> Meetings,
    IReadOnlyList<ActionItem> Actions,
    IReadOnlyList<MeetingRecord> Records,
    DateTimeOffset? ClosedAt,
    string? GroupChatId = null,
    CaseClosure? Closure = null,
    CaseTier? Tier = null,
    IReadOnlyList<MeetingPreparation>? Preparations = null)
{
    public static CaseProgress None { get; } = new([], [], [], null);
}
