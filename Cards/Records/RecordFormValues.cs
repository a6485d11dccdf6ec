namespace CaseBot.Cards.Records;

/// <summary>What the lead typed into the record form, to show it again beside an error (nothing typed is lost).</summary>
/// <param name="Decisions">The decisions box as typed.</param>
/// <param name="Rows">The action rows as typed, in order.</param>
public sealed record RecordFormValues(string? Decisions, IReadOnlyList<RecordFormRow> Rows)
{
    public static RecordFormValues Empty { get; } = new(null, []);
}
