using System.Text.Json;
using System.Text.Json.Nodes;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.State;

/// <summary>
/// State scoped to something in the turn (a conversation, a user), loaded once per turn into <see cref="TurnState"/> and written back
/// only when it changed, against the ETag it was read with, so concurrent turns cannot silently overwrite each other.
/// </summary>
public abstract class BotState
{
    private const string EmptyDocument = "{}";
    private readonly IStorage _storage;
    private readonly string _cacheKey;

    protected BotState(IStorage storage, string cacheKey)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _cacheKey = cacheKey;
    }

    public IStatePropertyAccessor<T> CreateProperty<T>(string name) => new StatePropertyAccessor<T>(this, name);

    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.Get<CachedBotState>(_cacheKey) is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var items = await _storage.ReadAsync([key], cancellationToken);
        var cached = items.TryGetValue(key, out var item)
            ? new CachedBotState(JsonNode.Parse(item.Json) as JsonObject ?? [], item.Json, item.ETag)
            : new CachedBotState([], null, null);
        turnContext.TurnState.Set(_cacheKey, cached);
    }

    /// <summary>Writes the state if it changed (or <paramref name="force"/>); throws <see cref="StorageConflictException"/> when stale.</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = turnContext.TurnState.Get<CachedBotState>(_cacheKey);
        if (cached is null)
        {
            return;
        }

        var json = cached.Serialize();
        if (!force && (string.Equals(json, cached.OriginalJson, StringComparison.Ordinal) || (cached.OriginalJson is null && json == EmptyDocument)))
        {
            // Unchanged, or nothing stored and still nothing to store: no write.
            return;
        }

        var key = GetStorageKey(turnContext);
        var changes = new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [key] = new StoreItem(json, cached.ETag) };
        var pending = turnContext.TurnState.Get<PendingStateWrites>();
        pending?.AddTo(changes);
        var written = await _storage.WriteAsync(changes, cancellationToken);
        pending?.MarkCommitted();
        cached.MarkSaved(json, written[key]);
    }

    /// <summary>Forgets the loaded state; the next save writes an empty document.</summary>
    public void ClearState(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = turnContext.TurnState.Get<CachedBotState>(_cacheKey);
        turnContext.TurnState.Set(_cacheKey, new CachedBotState([], cached?.OriginalJson, cached?.ETag));
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(_cacheKey);
        await _storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken);
    }

    protected abstract string GetStorageKey(ITurnContext turnContext);

    internal async Task<CachedBotState> GetCachedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken);
        return turnContext.TurnState.Get<CachedBotState>(_cacheKey)!;
    }

    /// <summary>The loaded document plus the typed values handed out this turn (serialized back on save, so in-place changes count).</summary>
    internal sealed class CachedBotState(JsonObject document, string? originalJson, string? etag)
    {
        private readonly Dictionary<string, (object? Value, Type Type)> _values = new(StringComparer.Ordinal);

        public string? OriginalJson { get; private set; } = originalJson;

        public string? ETag { get; private set; } = etag;

        public bool TryGet<T>(string name, out T? value)
        {
            if (_values.TryGetValue(name, out var held))
            {
                value = (T?)held.Value;
                return true;
            }

            if (document.TryGetPropertyValue(name, out var node) && node is not null)
            {
                value = node.Deserialize<T>(BotJson.Options);
                _values[name] = (value, typeof(T));
                return true;
            }

            value = default;
            return false;
        }

        public void Set<T>(string name, T value) => _values[name] = (value, typeof(T));

        public void Remove(string name)
        {
            _values.Remove(name);
            document.Remove(name);
        }

        public string Serialize()
        {
            foreach (var (name, (value, type)) in _values)
            {
                document[name] = JsonSerializer.SerializeToNode(value, type, BotJson.Options);
            }

            return document.ToJsonString(BotJson.Options);
        }

        public void MarkSaved(string json, string etag)
        {
            OriginalJson = json;
            ETag = etag;
        }
    }
}
