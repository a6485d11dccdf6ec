using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CaseBot.BotFramework.State;

/// <summary>
/// In-process storage with the same ETag rules as the database stores; for tests, benchmarks and local runs. Kept compact, since it
/// holds a document per conversation and a redelivery claim per activity: an item is keyed by a 128-bit digest of its key (SHA-256;
/// two keys meet by chance with a probability near 2^-64 even among billions) and holds its JSON packed (<see cref="CompactJson"/>)
/// and its ETag as a number.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<UInt128, Item> _items = [];
    private readonly Lock _gate = new();
    private long _version;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, Item>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(Digest(key), out var item))
                {
                    found[key] = item;
                }
            }
        }

        // Unpacked outside the lock: the packed bytes are never changed, only replaced.
        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(
            found.ToDictionary(p => p.Key, p => new StoreItem(CompactJson.Unpack(p.Value.Json), ETagText(p.Value.ETag)), StringComparer.Ordinal));
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var packed = changes.ToDictionary(p => p.Key, p => (Digest(p.Key), CompactJson.Pack(p.Value.Json)), StringComparer.Ordinal);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var (key, change) in changes)
            {
                var stored = _items.TryGetValue(packed[key].Item1, out var current) ? ETagText(current.ETag) : null;
                if (!ETagRules.Allows(change.ETag, stored))
                {
                    throw new StorageConflictException($"The stored item changed since it was read.") { Key = key };
                }
            }

            foreach (var (key, (digest, json)) in packed)
            {
                var etag = ++_version;
                _items[digest] = new Item(json, etag);
                written[key] = ETagText(etag);
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(written);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(Digest(key));
            }
        }

        return Task.CompletedTask;
    }

    private static UInt128 Digest(string key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    private static string ETagText(long etag) => etag.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Item(byte[] Json, long ETag);
}
