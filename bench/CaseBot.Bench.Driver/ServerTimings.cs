using System.Diagnostics;
using System.Globalization;

namespace CaseBot.Bench.Driver;

/// <summary>
/// The bot's own view of a turn (ASP.NET Core's http.server.request.duration, read with dotnet-counters): from the request reaching
/// the app to the response, replies to the Connector included; the driver's and the socket queues excluded. Percentiles are
/// per 1-second interval, so the figure is the median of the intervals' p50 and p99.
/// </summary>
internal sealed record ServerTimings(double P50, double P99, int Intervals)
{
    public static async Task<ServerTimings?> CollectAsync(string countersTool, int pid, TimeSpan duration, string csvPath, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(countersTool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "--format", "csv", "-o", csvPath, "--refresh-interval", "1",
            "--duration", duration.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture), "--counters", "Microsoft.AspNetCore.Hosting",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start);
        if (process is null)
        {
            return null;
        }

        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        _ = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return File.Exists(csvPath) ? Read(csvPath) : null;
    }

    private static ServerTimings? Read(string csvPath)
    {
        List<double> p50 = [], p99 = [];
        foreach (var line in File.ReadLines(csvPath))
        {
            if (!line.Contains("http.server.request.duration", StringComparison.Ordinal) || !line.Contains("/api/messages", StringComparison.Ordinal))
            {
                continue;
            }

            var value = double.Parse(line[(line.LastIndexOf(',') + 1)..], CultureInfo.InvariantCulture) * 1000;
            if (line.Contains("Percentile=50]", StringComparison.Ordinal))
            {
                p50.Add(value);
            }
            else if (line.Contains("Percentile=99]", StringComparison.Ordinal))
            {
                p99.Add(value);
            }
        }

        return p99.Count == 0 ? null : new ServerTimings(Median(p50), Median(p99), p99.Count);
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        return values[values.Count / 2];
    }
}
