using CaseBot.Bot.Tests.Storage;

namespace CaseBot.Bot.Tests.Delivery;

/// <summary>The outbox delivery tests on a SQLite file (a temp content root per test), shared by every instance of the test.</summary>
public sealed class SqliteOutboxDeliveryTests : OutboxDeliveryTests
{
    private readonly TempFolder _folder = new();

    protected override IReadOnlyDictionary<string, string?> StorageSettings { get; } = StorageInstance.SqliteSettings();

    protected override string ContentRoot => _folder.Path;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
