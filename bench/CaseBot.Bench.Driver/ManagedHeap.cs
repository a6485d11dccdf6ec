using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseBot.Bench.Driver;

/// <summary>
/// The live managed heap of a .NET bot, read with dotnet-gcdump (which forces a full collection first): unlike RSS it holds only
/// what is still referenced, so heap growth ÷ conversations is what one conversation costs the in-memory store, whatever the GC
/// kept in reserve.
/// </summary>
internal static partial class ManagedHeap
{
    /// <summary>Live heap bytes, or null when the tool gave nothing; the whole report (bytes by type) is kept in <paramref name="reportPath"/>.</summary>
    public static async Task<long?> BytesAsync(string gcdumpTool, int pid, string reportPath, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(gcdumpTool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "report", "-p", pid.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start);
        if (process is null)
        {
            return null;
        }

        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        _ = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var report = await output;
        await File.WriteAllTextAsync(reportPath, report, cancellationToken);
        var match = HeapLine().Match(report);
        return match.Success ? long.Parse(match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap bytes", RegexOptions.Multiline)]
    private static partial Regex HeapLine();
}
