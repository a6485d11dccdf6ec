namespace CaseBot.Cases.Closing;

/// <summary>
/// How and when a case was closed: the outcome the lead picked and, for <see cref="CaseOutcome.Other"/> only, their few words on how
/// it ended (kept with the case, never logged, never shown on the board or in the service's measures, which count outcomes only).
/// </summary>
public sealed record CaseClosure
{
    public const int MaxReasonLength = 200;

    private CaseClosure(CaseOutcome outcome, string? otherReason, DateTimeOffset at)
    {
        Outcome = outcome;
        OtherReason = otherReason;
        At = at;
    }

    public CaseOutcome Outcome { get; }

    /// <summary>Set for <see cref="CaseOutcome.Other"/> only.</summary>
    public string? OtherReason { get; }

    public DateTimeOffset At { get; }

    /// <summary>
    /// A closure the rules allow: an outcome, and for "other" a reason of 1 to <see cref="MaxReasonLength"/> characters (a reason given
    /// with any other outcome is dropped, so the record holds only what the outcome needs).
    /// </summary>
    public static CaseClosure Create(CaseOutcome? outcome, string? otherReason, DateTimeOffset at)
    {
        if (outcome is not { } chosen || !Enum.IsDefined(chosen))
        {
            throw new CaseRuleException(ClosingText.OutcomeRequired);
        }

        var reason = otherReason?.Trim();
        if (chosen != CaseOutcome.Other)
        {
            return new CaseClosure(chosen, null, at);
        }

        return reason is { Length: > 0 and <= MaxReasonLength }
            ? new CaseClosure(chosen, reason, at)
            : throw new CaseRuleException(ClosingText.OtherNeedsReason);
    }

    /// <summary>Rebuilds a stored closure (for repositories) as it was saved, without today's rules.</summary>
    public static CaseClosure Restore(CaseOutcome outcome, string? otherReason, DateTimeOffset at) => new(outcome, otherReason, at);

    /// <summary>No reason text, so a closure written to a log gives nothing away.</summary>
    public override string ToString() => $"CaseClosure {{ Outcome = {Outcome}, At = {At:O} }}";
}
