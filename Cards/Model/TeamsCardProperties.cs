namespace CaseBot.Cards.Model;

/// <summary>Teams-specific card settings (<c>msteams</c>).</summary>
public sealed record TeamsCardProperties
{
    /// <summary>"Full" lets the card use the whole message width.</summary>
    public string? Width { get; init; } = "Full";
}
