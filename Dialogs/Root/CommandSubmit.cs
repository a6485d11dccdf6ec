namespace CaseBot.Dialogs.Root;

/// <summary>What a command button posts: the command as if it had been typed.</summary>
public sealed record CommandSubmit(string Command);
