using System.Text.Json.Serialization;

namespace CaseBot.Cards.Status;

/// <summary>The search card's button data; the reference input's value arrives beside it as <see cref="ReferenceProperty"/>.</summary>
public sealed record CaseSearchSubmit([property: JsonPropertyName(CaseSearchSubmit.CommandProperty)] string Command)
{
    /// <summary>The property the command is posted in (the same one a command button posts it in).</summary>
    public const string CommandProperty = "command";

    /// <summary>The property the typed reference arrives in: the input's id.</summary>
    public const string ReferenceProperty = CaseSearchCard.ReferenceInputId;
}
