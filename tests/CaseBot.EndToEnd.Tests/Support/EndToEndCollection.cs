namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>The journeys share one sandbox and run one after another (the Playground has one personal chat).</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<SandboxFixture>
{
    public const string Name = "Agents Playground";
}
