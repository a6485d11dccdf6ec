namespace CaseBot.Tab.Views;

/// <summary>One page of "My cases": its rows, which page it is of how many, and how many cases there are in all.</summary>
public sealed record MyCasesPage(IReadOnlyList<CaseRow> Rows, int Page, int PageCount, int Total);
