namespace CaseBot.Bot.Tests.CaseBoard;

/// <summary>
/// One board host for a whole test class (starting one costs seconds); each test takes <see cref="BoardHost.WithNewTenant"/>, a tenant
/// of its own, so no test sees another's cases or audit entries.
/// </summary>
public sealed class BoardHostFixture : IAsyncLifetime
{
    internal BoardHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new BoardHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
