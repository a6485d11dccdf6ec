using System.Diagnostics;
using CaseBot.Bench.Driver;

// bench/run.sh builds everything and calls this with the paths of the bots; see bench/README.md for the options.
var options = BenchOptions.Parse(args);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

using var http = new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = int.MaxValue,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    UseProxy = false,
})
{
    Timeout = TimeSpan.FromSeconds(30),
};
await using var connector = await FakeConnector.StartAsync();
var run = new TargetRun(options, http, connector, Console.Out);
var results = new List<TargetResult>();
foreach (var name in options.Targets)
{
    Console.WriteLine($"[{name}] starting");
    results.Add(await run.RunAsync(BotTargets.Create(name, options), stop.Token));
}

if (options.Dump)
{
    return results.Any(r => r.Failure is not null) ? 1 : 0;
}

var report = new Report(options, results, NodeVersion());
var output = Path.GetFullPath(options.Output);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, report.Markdown());
Console.WriteLine($"Report: {output}");
if (!options.Quick && !options.Dump && options.Targets.Count == BotTargets.All.Count)
{
    // Only a full run of every bot is comparable with the lines before it.
    var history = Path.GetFullPath(options.History);
    if (!File.Exists(history))
    {
        await File.WriteAllTextAsync(history, Report.HistoryHeader);
    }

    await File.AppendAllTextAsync(history, report.HistoryLine() + "\n");
    Console.WriteLine($"History: {history}");
}

foreach (var line in report.RatioLines())
{
    Console.WriteLine(line);
}

if (connector.Stray > 0)
{
    Console.WriteLine($"Note: {connector.Stray} replies arrived for conversations no longer waiting (turns that timed out).");
}

// Quick mode runs inside ./test.sh: any failure, error or silent bot fails the run.
var problems = results.SelectMany(Problems).ToList();
foreach (var problem in problems)
{
    Console.WriteLine("problem: " + problem);
}

return options.Quick && problems.Count > 0 ? 1 : 0;

static IEnumerable<string> Problems(TargetResult r)
{
    if (r.Failure is not null)
    {
        yield return $"{r.Name} failed: {r.Failure}";
    }

    if (r.TotalErrors > 0)
    {
        yield return $"{r.Name} had {r.TotalErrors} errors";
    }

    // A slow bot may finish nothing inside a short measured window; a bot that finished nothing at all is broken.
    foreach (var p in r.Points.Concat(r.Lookups).Concat(r.Board.Select(b => b.Point)).Where(p => p.Turns + p.WarmUpTurns == 0))
    {
        yield return $"{r.Name} completed no turns at C={p.Concurrency}";
    }
}

static string NodeVersion()
{
    try
    {
        using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true });
        var version = node?.StandardOutput.ReadToEnd().Trim();
        node?.WaitForExit();
        return string.IsNullOrEmpty(version) ? "not found" : version;
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return "not found";
    }
}
