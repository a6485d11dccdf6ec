using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Caseload;

/// <summary>
/// Which of a tenant's open cases the OH service asks for, in which order, and which page: filters by stage, the meeting ahead, the
/// escalation level, and "overdue only" (an open action due before <see cref="Today"/>).
/// </summary>
public sealed record CaseloadQuery(
    CaseStage? Stage, MeetingType? MeetingType, int? TierLevel, bool OverdueOnly, CaseloadSort Sort, int Page, int PageSize, DateOnly Today)
{
    public const int MaxPageSize = 100;
}
