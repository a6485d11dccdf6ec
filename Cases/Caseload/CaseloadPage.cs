using CaseBot.Cases.CriticalCases;

namespace CaseBot.Cases.Caseload;

/// <summary>One page of the open cases the service asked for: the cases, which page of how many, and how many match in all.</summary>
public sealed record CaseloadPage(IReadOnlyList<CriticalCase> Cases, int Page, int PageCount, int Total)
{
    public static CaseloadPage Empty { get; } = new([], 1, 1, 0);

    /// <summary>The page to show for <paramref name="asked"/> when <paramref name="total"/> cases match (1 when none do).</summary>
    public static (int Page, int PageCount) Clamp(int asked, int pageSize, int total)
    {
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        return (Math.Clamp(asked, 1, pages), pages);
    }
}
