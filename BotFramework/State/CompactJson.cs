using System.IO.Compression;
using System.Text;

namespace CaseBot.BotFramework.State;

/// <summary>
/// JSON kept in memory as UTF-8 (half of .NET's UTF-16 strings), Brotli-compressed (fastest level) when that makes it smaller, with
/// a first byte that says which. For in-process stores that hold many documents: a few microseconds per read or write.
/// </summary>
public static class CompactJson
{
    private const byte Plain = 0;
    private const byte Brotli = 1;

    /// <summary>Below this many UTF-8 bytes compression is not tried (it rarely pays).</summary>
    private const int CompressFrom = 128;

    public static byte[] Pack(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var utf8 = Encoding.UTF8.GetBytes(json);
        if (utf8.Length >= CompressFrom)
        {
            var compressed = new byte[1 + BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
            if (BrotliEncoder.TryCompress(utf8, compressed.AsSpan(1), out var written, quality: 1, window: 18) && written < utf8.Length)
            {
                compressed[0] = Brotli;
                return compressed[..(1 + written)];
            }
        }

        var plain = new byte[1 + utf8.Length];
        plain[0] = Plain;
        utf8.CopyTo(plain.AsSpan(1));
        return plain;
    }

    public static string Unpack(byte[] packed)
    {
        ArgumentNullException.ThrowIfNull(packed);
        if (packed[0] == Plain)
        {
            return Encoding.UTF8.GetString(packed.AsSpan(1));
        }

        using var input = new MemoryStream(packed, 1, packed.Length - 1, writable: false);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
