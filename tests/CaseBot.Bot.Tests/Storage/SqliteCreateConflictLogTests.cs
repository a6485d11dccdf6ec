namespace CaseBot.Bot.Tests.Storage;

/// <summary><see cref="CreateConflictLogTests"/> on a SQLite file.</summary>
public sealed class SqliteCreateConflictLogTests : CreateConflictLogTests
{
    private readonly TempFolder _folder = new();

    protected override string ContentRoot => _folder.Path;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }

    protected override Task<Dictionary<string, string?>> SettingsAsync() => Task.FromResult(StorageInstance.SqliteSettings());
}
