namespace CaseBot.Bench.Driver;

/// <summary>A bot under test: how to start it on a port, and what it can answer.</summary>
/// <param name="Name">The name in the report.</param>
/// <param name="FileName">The program to start.</param>
/// <param name="Arguments">Its arguments; <c>{port}</c> is replaced with the port it must listen on.</param>
/// <param name="Environment">Extra environment variables; <c>{port}</c> and <c>{work}</c> are replaced.</param>
/// <param name="WorkingDirectory">Where it starts (its content root: appsettings.json, node_modules).</param>
/// <param name="Scripted">True when the bot runs the triage conversation (replies are checked); false for the floor (one reply per turn).</param>
/// <param name="HasStatus">True when the bot answers <c>status &lt;reference&gt;</c>.</param>
internal sealed record BotTarget(
    string Name, string FileName, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment, string WorkingDirectory, bool Scripted, bool HasStatus);
