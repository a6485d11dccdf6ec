using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CaseBot.Tab.Hosting;

/// <summary>
/// The board's CSS and JavaScript, and the Teams JavaScript client library (npm, pinned), embedded in this assembly and served from
/// /tab/assets by the host itself: nothing comes from a CDN, so the tab works on a locked-down network. URLs carry a content hash,
/// so the files can be cached for a year and a new build is fetched at once.
/// </summary>
public sealed class TabAssets
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, Asset> _assets;

    public TabAssets()
    {
        const string prefix = "CaseBot.Tab.Assets.";
        var assembly = typeof(TabAssets).Assembly;
        _assets = assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToFrozenDictionary(
            n => n[prefix.Length..],
            n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var bytes = copy.ToArray();
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
                return new Asset(bytes, hash, ContentTypes.GetValueOrDefault(Path.GetExtension(n), "application/octet-stream"));
            },
            StringComparer.Ordinal);
    }

    /// <summary>The asset's URL with its content hash, e.g. /tab/assets/board.css?v=1a2b3c4d5e6f.</summary>
    public string Url(string name)
        => _assets.TryGetValue(name, out var asset) ? $"{TabPaths.Assets}/{name}?v={asset.Hash}" : throw new ArgumentException($"No board asset {name}.", nameof(name));

    internal IResult Serve(string name, HttpContext httpContext)
    {
        if (!_assets.TryGetValue(name, out var asset))
        {
            return Results.NotFound();
        }

        var etag = new EntityTagHeaderValue($"\"{asset.Hash}\"");
        httpContext.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return httpContext.Request.Headers.IfNoneMatch.ToString() == etag.ToString()
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(asset.Bytes, asset.ContentType, entityTag: etag);
    }

    private sealed record Asset(byte[] Bytes, string Hash, string ContentType);
}
