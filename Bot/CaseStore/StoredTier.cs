using CaseBot.Cases.Escalation;

namespace CaseBot.Bot.CaseStore;

/// <summary>The stored JSON shape of a case's escalation tier; none stored for a case never escalated.</summary>
internal sealed record StoredTier(int Level, string Name, DateTimeOffset Since, bool ByHand)
{
    public static StoredTier? From(CaseTier tier) => tier == CaseTier.None ? null : new(tier.Level, tier.Name, tier.Since, tier.ByHand);

    public CaseTier ToTier() => new(Level, Name, Since, ByHand);
}
