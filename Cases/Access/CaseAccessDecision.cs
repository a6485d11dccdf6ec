namespace CaseBot.Cases.Access;

/// <summary>The policy's answer for one caller and one case.</summary>
public sealed record CaseAccessDecision(CaseAccessOutcome Outcome, CaseAccessBasis Basis)
{
    public static CaseAccessDecision NotFound { get; } = new(CaseAccessOutcome.NotFound, CaseAccessBasis.None);

    public static CaseAccessDecision Denied { get; } = new(CaseAccessOutcome.Denied, CaseAccessBasis.None);

    /// <summary>The case may be shown. When false, say exactly what is said for a case that does not exist.</summary>
    public bool MayShow => Outcome == CaseAccessOutcome.Granted;
}
