namespace CaseBot.Cases.Escalation;

/// <summary>
/// The escalation ladder as configured (<c>StuckCases:Tiers</c>, from the first tier to the most serious) and who each tier's
/// announcements go to: its contacts by Entra object id, and at a <see cref="StuckNotify.LeadAndAdmins"/> tier the admins named by
/// object id. Level 0 is "not escalated"; level n is the n-th tier.
/// </summary>
public sealed class EscalationTiers
{
    private readonly IReadOnlyList<string> _adminObjectIds;

    public EscalationTiers(IReadOnlyList<StuckTier> tiers, IEnumerable<string>? adminObjectIds = null)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        Tiers = tiers;
        _adminObjectIds = [.. (adminObjectIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id))];
    }

    /// <summary>The tiers, first (level 1) to last.</summary>
    public IReadOnlyList<StuckTier> Tiers { get; }

    /// <summary>The highest level a case can reach.</summary>
    public int Top => Tiers.Count;

    /// <summary>The tier at <paramref name="level"/> (1 to <see cref="Top"/>).</summary>
    public StuckTier At(int level)
        => level >= 1 && level <= Tiers.Count ? Tiers[level - 1] : throw new ArgumentOutOfRangeException(nameof(level), level, "No such tier.");

    /// <summary>The level of <paramref name="tier"/> (by name), or 0 when it is not on the ladder.</summary>
    public int LevelOf(StuckTier tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        for (var i = 0; i < Tiers.Count; i++)
        {
            if (string.Equals(Tiers[i].Name, tier.Name, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The name people see for a level: the tier's name, or "Not escalated" for level 0.</summary>
    public string Name(int level) => level == 0 ? EscalationText.NotEscalated : At(level).Name;

    /// <summary>Who a tier's announcements go to besides the lead: its contacts, and the admins at a tier that notifies them.</summary>
    public IReadOnlyList<string> ContactsOf(int level)
    {
        if (level < 1 || level > Tiers.Count)
        {
            return [];
        }

        var tier = At(level);
        IEnumerable<string> contacts = tier.ContactObjectIds;
        if (tier.Notify == StuckNotify.LeadAndAdmins)
        {
            contacts = contacts.Concat(_adminObjectIds);
        }

        return [.. contacts.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
