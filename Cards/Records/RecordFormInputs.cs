namespace CaseBot.Cards.Records;

/// <summary>The input ids of the record form, hence the property names its <see cref="Actions.CardVerbs.RecordSave"/> data carries.</summary>
public static class RecordFormInputs
{
    /// <summary>How many action rows the form offers unless told otherwise.</summary>
    public const int DefaultActionRows = 6;

    /// <summary>The most rows a form can have (the card stays within Teams' size limit).</summary>
    public const int MaxActionRows = 15;

    public const string Decisions = "decisions";

    /// <summary>The correction box on the record summary.</summary>
    public const string Correction = "correction";

    public static string ActionText(int number) => $"action{number}Text";

    public static string ActionOwner(int number) => $"action{number}Owner";

    public static string ActionDue(int number) => $"action{number}Due";
}
