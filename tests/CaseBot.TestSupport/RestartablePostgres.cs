using System.Diagnostics;

namespace CaseBot.TestSupport;

/// <summary>
/// The PostgreSQL server that fault tests may stop and start: scripts/postgres.sh starts it beside the shared one and exports
/// <see cref="ConnectionVariable"/> and <see cref="PgCtlVariable"/> (pg_ctl for that cluster, already run as the right user).
/// Tests using it must share one non-parallel xunit collection, since stopping it affects every test on it.
/// </summary>
public static class RestartablePostgres
{
    /// <summary>A connection string to the restartable server whose user may create databases.</summary>
    public const string ConnectionVariable = "CASEBOT_TEST_POSTGRES_RESTARTABLE";

    /// <summary>The pg_ctl wrapper for the restartable server ("stop -m fast", "start").</summary>
    public const string PgCtlVariable = "CASEBOT_TEST_PG_CTL";

    /// <summary>
    /// Holds the server for one test across test assemblies (dotnet test runs them in parallel): an exclusive lock on a file beside
    /// pg_ctl, released when disposed. Every test that stops the server takes it for its whole run, set-up and clean-up included.
    /// </summary>
    public static async Task<IDisposable> ExclusiveAsync(TimeSpan? limit = null)
    {
        var pgCtl = Environment.GetEnvironmentVariable(PgCtlVariable)
            ?? throw new InvalidOperationException($"{PgCtlVariable} is not set (scripts/postgres.sh sets it).");
        var path = pgCtl + ".lock";
        var start = TimeProvider.System.GetTimestamp();
        while (true)
        {
            try
            {
                // FileShare.None is an advisory lock (flock) on Linux, seen by other processes.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (TimeProvider.System.GetElapsedTime(start) < (limit ?? TimeSpan.FromMinutes(5)))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }
        }
    }

    /// <summary>Stops the server; <paramref name="mode"/> is pg_ctl's: fast (disconnect and stop cleanly) or immediate (like a crash).</summary>
    public static Task StopAsync(string mode = "fast") => PgCtlAsync("stop", "-m", mode);

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public static Task StartAsync() => PgCtlAsync("start");

    /// <summary>Starts the server unless it is running (for clean-up after a test that failed while it was stopped).</summary>
    public static async Task EnsureStartedAsync()
    {
        if (await RunAsync("status") != 0)
        {
            await StartAsync();
        }
    }

    private static async Task PgCtlAsync(params string[] arguments)
    {
        var exitCode = await RunAsync(arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"pg_ctl {string.Join(' ', arguments)} exited with {exitCode}.");
        }
    }

    private static async Task<int> RunAsync(params string[] arguments)
    {
        var pgCtl = Environment.GetEnvironmentVariable(PgCtlVariable)
            ?? throw new InvalidOperationException($"{PgCtlVariable} is not set (scripts/postgres.sh sets it).");
        var start = new ProcessStartInfo(pgCtl) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pg_ctl did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(output, errors);
        return process.ExitCode;
    }
}
