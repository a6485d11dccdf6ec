using CaseBot.Cases.Closing;

namespace CaseBot.Bot.CaseStore;

/// <summary>The stored JSON shape of how a case closed.</summary>
internal sealed record StoredClosure(CaseOutcome Outcome, string? OtherReason, DateTimeOffset At)
{
    public static StoredClosure? From(CaseClosure? closure) => closure is null ? null : new(closure.Outcome, closure.OtherReason, closure.At);

    public CaseClosure ToClosure() => CaseClosure.Restore(Outcome, OtherReason, At);
}
