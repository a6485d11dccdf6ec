namespace CaseBot.Cards.Model;

/// <summary>Title/value rows.</summary>
public sealed record FactSet : CardElement
{
    public IReadOnlyList<Fact> Facts { get; init; } = [];
}
