namespace CaseBot.Cases.Caseload;

/// <summary>
/// Every open case of a tenant, filtered, ordered and a page at a time, for the OH service (<see cref="CaseloadQuery"/>). Stores answer
/// from indexed columns kept beside each case (written in the same save): counting and paging read an index, and only the page's
/// cases are read whole.
/// </summary>
public interface ICaseloadSearch
{
    Task<CaseloadPage> OpenCasesAsync(string tenantId, CaseloadQuery query, CancellationToken cancellationToken);
}
