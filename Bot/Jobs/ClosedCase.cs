using CaseBot.Cases.CriticalCases;

namespace CaseBot.Bot.Jobs;

/// <summary>A closed case as retention sees it: ids, reference and closing time, nothing else.</summary>
public sealed record ClosedCase(Guid Id, string TenantId, CaseReference Reference, DateTimeOffset ClosedAt);
