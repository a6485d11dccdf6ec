using System.Text.Json;

namespace CaseBot.DialogEngine;

/// <summary>The outcome of a dialog operation; results travel as JSON so they can be stored between turns.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, JsonElement? Result = null);
