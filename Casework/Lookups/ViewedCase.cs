using CaseBot.Cases.CriticalCases;

namespace CaseBot.Casework.Lookups;

/// <summary>A case asked for by id, as the caller may see it: how, the case unless it is hidden, and when it was read.</summary>
public sealed record ViewedCase(CaseViewKind Kind, CriticalCase? Case, DateTimeOffset At)
{
    /// <summary>The case for its own people's cards; null for anyone else.</summary>
    public CriticalCase? OnTheCase => Kind == CaseViewKind.OnTheCase ? Case : null;

    /// <summary>The case for a status view only; null for its own people (who get their card) and for anyone who may not see it.</summary>
    public CriticalCase? StatusOnly => Kind == CaseViewKind.StatusOnly ? Case : null;
}
