namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>
/// The journeys share one sandbox (bot, database, browser) and run one after another: one journey at a time keeps the 2-core
/// machine responsive, and the crash journey restarts the shared bot. Each journey still gets its own Playground and personal chat.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<SandboxFixture>
{
    public const string Name = "Agents Playground";
}
