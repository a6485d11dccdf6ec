namespace CaseBot.Cards.Records;

/// <summary>One action row of the record form as typed: description, owner (an Entra object id) and due date (yyyy-MM-dd).</summary>
public sealed record RecordFormRow(string? Text, string? OwnerAadObjectId, string? Due)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(OwnerAadObjectId) && string.IsNullOrWhiteSpace(Due);
}
