namespace CaseBot.Bench.Driver;

/// <summary>A seeded case (id and reference), the manager who leads it and owns its open actions, and those actions' ids.</summary>
internal sealed record SeededCase(Guid CaseId, string Reference, int Manager, IReadOnlyList<Guid> ActionIds);
