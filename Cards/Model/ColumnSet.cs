namespace CaseBot.Cards.Model;

/// <summary>Elements side by side.</summary>
public sealed record ColumnSet : CardElement
{
    public IReadOnlyList<Column> Columns { get; init; } = [];
}
