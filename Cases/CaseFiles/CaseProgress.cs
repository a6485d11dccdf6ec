using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Records;

namespace CaseBot.Cases.CaseFiles;

/// <summary>What has happened to a case since triage: its meetings, the agreed actions, the meeting records, and when it closed.</summary>
public sealed record CaseProgress(IReadOnlyList<CaseMeeting> Meetings, IReadOnlyList<ActionItem> Actions, IReadOnlyList<MeetingRecord> Records, DateTimeOffset? ClosedAt)
{
    public static CaseProgress None { get; } = new([], [], [], null);
}
