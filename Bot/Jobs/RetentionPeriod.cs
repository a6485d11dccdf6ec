using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseBot.Bot.Jobs;

/// <summary>An ISO 8601 period of years, months, weeks and days ("P6Y", "P1Y6M", "P90D"), counted back on the calendar.</summary>
public sealed partial record RetentionPeriod(int Years, int Months, int Weeks, int Days)
{
    /// <summary>Guards against a typo ("P6D" for "P6Y") purging every closed case: shorter periods are refused.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromDays(28);

    public static bool TryParse(string? text, out RetentionPeriod? period)
    {
        period = null;
        var match = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success || match.Groups.Values.Skip(1).All(g => !g.Success))
        {
            return false;
        }

        period = new RetentionPeriod(Part(match, "y"), Part(match, "m"), Part(match, "w"), Part(match, "d"));
        return true;
    }

    public static RetentionPeriod Parse(string text)
        => TryParse(text, out var period) ? period! : throw new FormatException("Not an ISO 8601 period such as P6Y.");

    /// <summary>The instant this period before <paramref name="now"/> (calendar years and months, so P6Y is six anniversaries back).</summary>
    public DateTimeOffset Before(DateTimeOffset now) => now.AddYears(-Years).AddMonths(-Months).AddDays(-(7 * Weeks) - Days);

    /// <summary>True when the period is at least <see cref="Minimum"/> long however the calendar falls.</summary>
    public bool IsAtLeastMinimum => (365 * Years) + (28 * Months) + (7 * Weeks) + Days >= Minimum.TotalDays;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P{Years}Y{Months}M{(7 * Weeks) + Days}D");

    private static int Part(Match match, string name)
        => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?:(?<y>\d{1,3})Y)?(?:(?<m>\d{1,4})M)?(?:(?<w>\d{1,4})W)?(?:(?<d>\d{1,5})D)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
