namespace CaseBot.Tab.Views;

/// <summary>For the OH service only: the tiers a case may be moved to by hand (level 0, not escalated, to the top) and where it stands.</summary>
public sealed record TierChoice(int Current, IReadOnlyList<(int Level, string Name)> Levels);
