using System.Text.Json.Serialization;

namespace CaseBot.Dialogs.Root;

/// <summary>What a command button posts: the command as if it had been typed.</summary>
public sealed record CommandSubmit([property: JsonPropertyName(CommandSubmit.CommandProperty)] string Command)
{
    /// <summary>The property the command is posted in; <see cref="CommandPayload"/> reads it by this name.</summary>
    public const string CommandProperty = "command";
}
