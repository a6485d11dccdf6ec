namespace CaseBot.DialogEngine;

/// <summary>
/// A dialog stack as stored in conversation state. Index 0 is the top (the active dialog). Plain JSON: it round-trips with
/// BotJson.Options, so the conversation resumes at the same step after a restart.
/// </summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];
}
