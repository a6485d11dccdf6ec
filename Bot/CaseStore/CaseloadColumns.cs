using CaseBot.Cases.CriticalCases;

namespace CaseBot.Bot.CaseStore;

/// <summary>
/// What the OH service's list of open cases filters and orders on, kept in columns of the case's row so that counting and paging read an
/// index, never the documents. Computed from the case on every save; rows saved before a <see cref="Version"/> are rewritten at start.
/// </summary>
internal sealed record CaseloadColumns(string MeetingType, int TierLevel, DateTimeOffset ProgressAt, DateTimeOffset? NextMeetingAt, int? EarliestDueDay)
{
    /// <summary>Raise when the columns' meaning changes: rows with a lower version are rewritten at start.</summary>
    public const int Version = 1;

    public static CaseloadColumns Of(CriticalCase criticalCase)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var booked = criticalCase.BookedMeeting;
        var earliest = criticalCase.OpenActions.Select(a => (int?)a.Due.DayNumber).Min();
        return new CaseloadColumns(
            (booked?.Plan.Type ?? criticalCase.NextMeetingType).ToString(), criticalCase.Tier.Level, criticalCase.ProgressFrom, booked?.Plan.Start, earliest);
    }
}
