namespace CaseBot.BotFramework.State;

/// <summary>
/// Items to commit in the same storage write as the turn's state (kept in <see cref="Builder.TurnState"/>): the first
/// <see cref="BotState.SaveChangesAsync"/> of the turn writes them with its own change, all or nothing, and marks them committed.
/// Redelivery de-duplication uses this to record "this activity is done" exactly when the turn's effects are.
/// </summary>
public sealed class PendingStateWrites
{
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);

    public bool Committed { get; private set; }

    public IReadOnlyDictionary<string, StoreItem> Items => _items;

    public void Add(string key, StoreItem item) => _items[key] = item;

    internal void AddTo(Dictionary<string, StoreItem> changes)
    {
        if (Committed)
        {
            return;
        }

        foreach (var (key, item) in _items)
        {
            changes.TryAdd(key, item);
        }
    }

    internal void MarkCommitted() => Committed = true;
}
