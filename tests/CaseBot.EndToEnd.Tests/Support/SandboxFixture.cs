namespace CaseBot.EndToEnd.Tests.Support;

/// <summary>One sandbox (bot, Playground, browser) shared by the journeys of a run; each journey opens its own page.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public TeamsSandbox Sandbox { get; private set; } = null!;

    public async Task InitializeAsync() => Sandbox = await TeamsSandbox.StartAsync();

    public async Task DisposeAsync() => await Sandbox.DisposeAsync();
}
