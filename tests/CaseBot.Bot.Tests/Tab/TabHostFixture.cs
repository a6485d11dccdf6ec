namespace CaseBot.Bot.Tests.Tab;

/// <summary>
/// One board host for a whole test class (starting one costs seconds); each test takes <see cref="TabHost.WithNewTenant"/>, a tenant
/// of its own, so no test sees another's cases or audit entries.
/// </summary>
public sealed class TabHostFixture : IAsyncLifetime
{
    internal TabHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new TabHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
