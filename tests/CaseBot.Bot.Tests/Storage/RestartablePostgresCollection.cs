namespace CaseBot.Bot.Tests.Storage;

/// <summary>
/// Tests that stop and start the restartable PostgreSQL server (<see cref="CaseBot.TestSupport.RestartablePostgres"/>): one at a
/// time, and after the parallel tests (xunit runs non-parallel collections last), since a stop affects everything on that server.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RestartablePostgresCollection
{
    public const string Name = "Restartable PostgreSQL";
}
