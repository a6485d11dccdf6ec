using System.Globalization;
using Microsoft.Graph.Models;

namespace CaseBot.Bot.Calendar;

/// <summary>Instants to and from Graph's <see cref="DateTimeTimeZone"/>. CaseBot always sends UTC and asks for UTC back.</summary>
internal static class GraphTime
{
    public const string Utc = "UTC";

    /// <summary>The Prefer header value that makes Graph answer in UTC.</summary>
    public const string PreferUtc = "outlook.timezone=\"UTC\"";

    public static DateTimeTimeZone From(DateTimeOffset instant) => new()
    {
        DateTime = instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = Utc,
    };

    /// <summary>The instant <paramref name="value"/> names; a zone other than UTC (despite the Prefer header) is honoured if known.</summary>
    public static DateTimeOffset ToInstant(DateTimeTimeZone value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var local = DateTime.SpecifyKind(DateTime.Parse(value.DateTime ?? string.Empty, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Unspecified);
        var zone = value.TimeZone is { Length: > 0 } id && id != Utc && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.Utc;
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
