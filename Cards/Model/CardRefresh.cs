namespace CaseBot.Cards.Model;

/// <summary>Universal Actions refresh: Teams invokes <see cref="Action"/> for the listed users (up to 60) to get their own view.</summary>
public sealed record CardRefresh
{
    /// <summary>An Action.Execute; declared as the base type so the JSON carries "type".</summary>
    public required CardAction Action { get; init; }

    public IReadOnlyList<string>? UserIds { get; init; }
}
