using CaseBot.Cases.CriticalCases;

namespace CaseBot.Cases.Actions;

/// <summary>One of a person's actions, with the case it belongs to (for the "my actions" card).</summary>
public sealed record MyAction(Guid CaseId, CaseReference Reference, ActionItem Action)
{
    /// <summary>The caller's open actions across <paramref name="cases"/>, earliest due first.</summary>
    public static IReadOnlyList<MyAction> OpenFor(IEnumerable<CriticalCase> cases, string aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return [.. cases
            .SelectMany(c => c.OpenActions.Where(a => string.Equals(a.OwnerAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)).Select(a => new MyAction(c.Id, c.Reference, a)))
            .OrderBy(m => m.Action.Due).ThenBy(m => m.Reference.Value, StringComparer.Ordinal)];
    }
}
