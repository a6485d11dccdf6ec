using System.Globalization;

namespace CaseBot.Bench.Driver;

/// <summary>
/// CaseBot's rate limits (RateLimits:*) raised out of reach, as environment variables: the driver plays a thousand managers of one
/// tenant from one address, far faster than people, to measure the bot itself. The limits are for production, not for this.
/// </summary>
internal static class BenchRateLimits
{
    private const int OutOfReach = 100_000_000;

    public static IReadOnlyDictionary<string, string> Raised { get; } = Build();

    private static Dictionary<string, string> Build()
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var surface in new[] { "Messages", "Board" })
        {
            foreach (var bucket in new[] { "PerCaller", "PerTenant", "PerAddress" })
            {
                settings[$"RateLimits__{surface}__{bucket}__TokenLimit"] = OutOfReach.ToString(CultureInfo.InvariantCulture);
                settings[$"RateLimits__{surface}__{bucket}__TokensPerPeriod"] = OutOfReach.ToString(CultureInfo.InvariantCulture);
            }
        }

        return settings;
    }
}
