using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CaseBot.Bench.Driver;

/// <summary>One bot started on a free loopback port, its output in a log file; its memory read from /proc.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, int port, string logPath)
    {
        _process = process;
        Port = port;
        LogPath = logPath;
    }

    public int Port { get; }

    public string LogPath { get; }

    public int Pid => _process.Id;

    public Uri MessagesUrl => new($"http://127.0.0.1:{Port}/api/messages");

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <paramref name="target"/> on a free port, its log and files in <paramref name="workDir"/>.</summary>
    /// <param name="target">The bot.</param>
    /// <param name="workDir">Its folder for the log (and the SQLite file).</param>
    /// <param name="core">When given, the bot runs on that CPU core only (taskset), away from the driver.</param>
    public static BotProcess Start(BotTarget target, string workDir, int? core = null)
    {
        var port = FreePort();
        Directory.CreateDirectory(workDir);
        var logPath = Path.Combine(workDir, target.Name + ".log");

        // exec: the shell becomes the bot, so the pid we hold is the bot's own (for /proc/<pid>/status) and output goes straight to the file.
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = target.WorkingDirectory, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        // taskset execs the bot in turn, so the pid is still the bot's.
        start.ArgumentList.Add(core is { } c
            ? $"exec taskset -c {c.ToString(CultureInfo.InvariantCulture)} \"$0\" \"$@\" >\"$BENCH_BOT_LOG\" 2>&1"
            : "exec \"$0\" \"$@\" >\"$BENCH_BOT_LOG\" 2>&1");
        start.ArgumentList.Add(target.FileName);
        foreach (var argument in target.Arguments)
        {
            start.ArgumentList.Add(Expand(argument, port, workDir));
        }

        start.Environment["BENCH_BOT_LOG"] = logPath;
        foreach (var (key, value) in target.Environment)
        {
            start.Environment[key] = Expand(value, port, workDir);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{target.Name} did not start.");
        return new BotProcess(process, port, logPath);
    }

    public async Task WaitUntilReadyAsync(HttpClient http, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var healthz = new Uri($"http://127.0.0.1:{Port}/healthz");
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode} during start-up; see {LogPath}.");
            }

            try
            {
                using var response = await http.GetAsync(healthz, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"The bot was not ready within {timeout.TotalSeconds} s; see {LogPath}.");
    }

    public void ThrowIfExited()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The bot exited with code {_process.ExitCode} while being measured; see {LogPath}.");
        }
    }

    /// <summary>CPU time (user + system, all threads) the bot has used since it started, in seconds; from /proc/&lt;pid&gt;/stat.</summary>
    public double CpuSeconds()
    {
        // Fields after the ")" that ends the command name: state is field 3, utime 14 and stime 15 (clock ticks, 100 per second).
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>Resident memory now (VmRSS) and its peak since start (VmHWM), in MB.</summary>
    public (double Rss, double Peak) Memory()
    {
        double rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line) / 1024;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) / 1024;
            }
        }

        return (rss, peak);
    }

    /// <summary>Kills the bot at once (SIGKILL, as kill -9): no shutdown, no clean-up, connections simply drop.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static double Kilobytes(string line)
        => double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    private static string Expand(string value, int port, string workDir)
        => value.Replace("{port}", port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{work}", workDir, StringComparison.Ordinal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
