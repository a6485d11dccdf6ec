using System.Globalization;

namespace CaseBot.Bench.Driver;

/// <summary>Starts one bot, measures it (concurrency points, invoke, seeding with RSS, lookups), and stops it.</summary>
internal sealed class TargetRun(BenchOptions options, HttpClient http, FakeConnector connector, TextWriter log)
{
    public async Task<TargetResult> RunAsync(BotTarget target, CancellationToken cancellationToken)
    {
        var result = new TargetResult(target.Name);
        var workDir = Path.Combine(options.WorkDir, target.Name);
        if (Directory.Exists(workDir))
        {
            Directory.Delete(workDir, recursive: true);
        }

        var loadAtStart = MachineInfo.LoadAverage();
        if (target.Name == BotTargets.CaseBotSqlite && target.HasStatus && options.TickCases > 0)
        {
            Directory.CreateDirectory(workDir);
            var seeded = await TickSeed.SeedSqliteAsync(Path.Combine(workDir, "casebot.db"), options.TickCases, cancellationToken);
            result.Seeded = seeded;
            await log.WriteLineAsync($"[{target.Name}] seeded {seeded.Count} cases with {TickSeed.ActionsPerCase} open actions each for the tick point");
        }

        result.Before = await MachineLoad.SampleAsync(options.QuietSample, [Environment.ProcessId], cancellationToken);
        await using var process = BotProcess.Start(target, workDir, options.Pin ? BenchOptions.BotCore : null);
        try
        {
            await process.WaitUntilReadyAsync(http, TimeSpan.FromSeconds(60), cancellationToken);
            await log.WriteLineAsync($"[{target.Name}] pid {process.Pid}, http://127.0.0.1:{process.Port}, log {process.LogPath}");
            var t = new TargetContext(target, process, new TurnClient(http, connector, process.MessagesUrl), new ActivityWriter(connector.ServiceUrl));
            await SmokeAsync(t, cancellationToken);
            if (options.Dump)
            {
                return result;
            }

            result.SettleSeconds = await SettleAsync(process, cancellationToken);
            if (result.SettleSeconds >= 1)
            {
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"[{target.Name}] busy for {result.SettleSeconds:F0} s after start (its daily jobs catching up over the stored cases, the JIT); measuring from here"));
            }

            foreach (var c in options.Concurrency)
            {
                Func<Task>? counters = options.Counters is { } tool && target.FileName == "dotnet" && c == options.Concurrency.Max()
                    ? async () => result.Server = await ServerTimings.CollectAsync(
                        tool, process.Pid, options.Measure - TimeSpan.FromSeconds(1), Path.Combine(workDir, "counters.csv"), cancellationToken)
                    : null;
                var point = await QuietlyAsync(t, $"C={c}", () => LoadRunner.TimedAsync(c, options.WarmUp, options.Measure, Workloads.Triage(t), cancellationToken, counters, process.CpuSeconds), cancellationToken);
                result.Points.Add(point);
                Say(target.Name, $"C={c}", point);
                if (counters is not null)
                {
                    await log.WriteLineAsync(result.Server is { } server
                        ? string.Create(CultureInfo.InvariantCulture, $"[{target.Name}]   server-side (http.server.request.duration): p50 {server.P50:F1} ms, p99 {server.P99:F1} ms")
                        : $"[{target.Name}]   server-side timings: dotnet-counters gave nothing");
                }

                process.ThrowIfExited();
            }

            result.PeakAfterPoints = process.Memory().Peak;
            if (target.HasStatus)
            {
                await InvokeAsync(t, result, cancellationToken);
            }

            if (options.SeedTargets.Contains(target.Name))
            {
                await SeedAsync(t, result, cancellationToken);
            }

            if (target.HasStatus)
            {
                // The triaged cases and the seeded ones, each asked about by its lead.
                (string Reference, int Manager)[] saved =
                [
                    .. t.SavedCases().Select(n => (TriageScript.Reference(n), BenchIdentity.ManagerOf(n))),
                    .. result.Seeded.Select(s => (s.Reference, s.Manager)),
                ];
                result.LookupCases = saved.Length;
                foreach (var c in options.LookupConcurrency)
                {
                    var point = await QuietlyAsync(
                        t, $"lookup C={c}", () => LoadRunner.TimedAsync(c, options.WarmUp, options.Measure, Workloads.Lookup(t, saved), cancellationToken, cpuSeconds: process.CpuSeconds), cancellationToken);
                    result.Lookups.Add(point);
                    Say(target.Name, $"status lookup over {saved.Length} cases, C={c}", point);
                    process.ThrowIfExited();
                }

                await BoardWorkload.RunAsync(t, result, saved, options, log, cancellationToken);
            }

            result.PeakAtEnd = process.Memory().Peak;
            result.Load = (loadAtStart, MachineInfo.LoadAverage());
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or HttpRequestException)
        {
            result.Failure = ex.Message;
            await log.WriteLineAsync($"[{target.Name}] FAILED: {ex.Message}");
            await log.WriteLineAsync($"[{target.Name}] last lines of {process.LogPath}:");
            foreach (var line in File.Exists(process.LogPath) ? File.ReadLines(process.LogPath).TakeLast(15) : [])
            {
                await log.WriteLineAsync("    " + line);
            }
        }

        return result;
    }

    // A bot's start-up work (the daily jobs run once on start for the day, over every stored case; tiered JIT) is not what a turn
    // costs: wait until the bot is idle (under 5% of a core for a second) so the points measure turns, and report the wait.
    private static async Task<double> SettleAsync(BotProcess process, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var limit = TimeSpan.FromMinutes(3);
        while (started.Elapsed < limit)
        {
            var cpu = process.CpuSeconds();
            var window = System.Diagnostics.Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            if ((process.CpuSeconds() - cpu) / window.Elapsed.TotalSeconds < 0.05)
            {
                return Math.Max(0, started.Elapsed.TotalSeconds - window.Elapsed.TotalSeconds);
            }

            process.ThrowIfExited();
        }

        return started.Elapsed.TotalSeconds;
    }

    // One conversation, checked turn by turn, before anything is timed: a bot that cannot walk the triage fails here, loudly.
    private async Task SmokeAsync(TargetContext t, CancellationToken cancellationToken)
    {
        var n = t.NextConversation();
        var reference = TriageScript.Reference(n);
        var script = t.Target.Scripted ? TriageScript.For(reference) : TriageScript.Unchecked(reference);
        var slot = new ConversationSlot($"a:bench-{n}") { KeepBodies = options.Dump };
        connector.Register(slot);
        try
        {
            for (var i = 0; i < script.Count; i++)
            {
                var outcome = await t.Client.RunAsync(slot, t.Writer.Message(slot.ConversationId, $"{n}-{i}", BenchIdentity.ManagerOf(n), script[i].Text), script[i], false, cancellationToken);
                if (options.Dump)
                {
                    await log.WriteLineAsync($"> {script[i].Text}   [{WorkerStats.Milliseconds(outcome.LatencyTicks):F1} ms, {slot.Replies} replies]");
                    foreach (var body in slot.Bodies)
                    {
                        await log.WriteLineAsync("< " + body);
                    }
                }

                if (!outcome.Ok)
                {
                    throw new InvalidOperationException($"The first conversation failed: {outcome.Error}");
                }
            }

            t.Saved(n);
        }
        finally
        {
            connector.Unregister(slot);
        }
    }

    private async Task InvokeAsync(TargetContext t, TargetResult result, CancellationToken cancellationToken)
    {
        var probe = new ConversationSlot("a:bench-invoke-probe");
        connector.Register(probe);
        TurnOutcome outcome;
        try
        {
            outcome = await t.Client.RunAsync(probe, Workloads.InvokeActivity(t, probe.ConversationId, "probe", 1), new ScriptTurn("action.tick", 0, null), readBody: true, cancellationToken);
        }
        finally
        {
            connector.Unregister(probe);
        }

        if (!outcome.Ok || outcome.ResponseBody is null || outcome.ResponseBody.StartsWith("501", StringComparison.Ordinal)
            || outcome.ResponseBody.Contains("NotSupported", StringComparison.Ordinal))
        {
            result.InvokeNote = "n/a: no adaptiveCard/action handler (answered " + Short(outcome.ResponseBody ?? outcome.Error) + ")";
            await log.WriteLineAsync($"[{t.Target.Name}] invoke: {result.InvokeNote}");
            return;
        }

        if (result.Seeded.Count > 0)
        {
            result.RealTicks = true;
            result.InvokeNote = "real ticks: the owner's open action on a seeded case (held meeting, " + TickSeed.ActionsPerCase.ToString(CultureInfo.InvariantCulture)
                + " open actions each): the case saved, its action-list cards queued in the outbox for update";
            // One queue for both tries of a noisy point: an action ticked once is done, and ticking it again would be refused.
            var open = new System.Collections.Concurrent.ConcurrentQueue<SeededCase>(result.Seeded);
            result.Invoke = await QuietlyAsync(
                t, "real ticks", () => LoadRunner.TimedAsync(
                    options.InvokeConcurrency, options.WarmUp, options.Measure, Workloads.RealTicks(t, open), cancellationToken, cpuSeconds: t.Process.CpuSeconds),
                cancellationToken);
        }
        else
        {
            result.InvokeNote = "action.tick with case and action ids the bot does not know: invoke routing, access, a case lookup by id and "
                + "the refusal card (no seeded cases with open actions: the in-memory store cannot be seeded from outside)";
            result.Invoke = await QuietlyAsync(
                t, "refused ticks", () => LoadRunner.TimedAsync(
                    options.InvokeConcurrency, options.WarmUp, options.Measure, Workloads.Invoke(t, t.SavedCases()), cancellationToken, cpuSeconds: t.Process.CpuSeconds),
                cancellationToken);
        }

        t.Process.ThrowIfExited();
        Say(t.Target.Name, $"invoke action.tick, C={options.InvokeConcurrency}", result.Invoke);
    }

    private async Task SeedAsync(TargetContext t, TargetResult result, CancellationToken cancellationToken)
    {
        var heapBefore = await HeapAsync(t, "heap-before-seeding.txt", cancellationToken);
        var before = t.Process.Memory().Rss;
        var last = t.LastConversation + options.Cases;
        var run = await LoadRunner.UntilDoneAsync(options.SeedConcurrency, Workloads.Triage(t, last), options.SeedBudget, cancellationToken);
        t.Process.ThrowIfExited();
        var rssAfter = t.Process.Memory().Rss;
        var heapAfter = await HeapAsync(t, "heap-after-seeding.txt", cancellationToken);
        result.Seed = new SeedResult(run, before, rssAfter)
        {
            DatabaseBytes = DatabaseBytes(t),
            Heap = heapBefore is { } b && heapAfter is { } a ? (b, a) : null,
        };
        if (result.Seed.HeapBytesPerConversation is { } perConversation)
        {
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"[{t.Target.Name}]   live heap {heapBefore / 1048576.0:F1} MB -> {heapAfter / 1048576.0:F1} MB ({perConversation:F0} bytes per conversation)"));
        }
        Say(t.Target.Name, $"{run.Conversations} of {options.Cases} triage conversations, C={options.SeedConcurrency}", run);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"[{t.Target.Name}]   RSS {result.Seed.RssBefore:F0} MB -> {result.Seed.RssAfter:F0} MB ({result.Seed.Growth:+0;-0} MB)"));
    }

    // Watches the machine while the benchmark idles; when other work uses more than NoisyAbove cores, the point is marked noisy and
    // run once more (the second try's figures are kept, still marked noisy if the machine was still busy).
    private async Task<PointResult> QuietlyAsync(TargetContext t, string what, Func<Task<PointResult>> run, CancellationToken cancellationToken)
    {
        int[] own = [Environment.ProcessId, t.Process.Pid];
        var before = await MachineLoad.SampleAsync(options.QuietSample, own, cancellationToken);
        var point = await run();
        if (before.OtherCores <= options.NoisyAbove || options.Quick)
        {
            // Quick mode (a smoke test in ./test.sh) marks a noisy point but does not spend the time to repeat it.
            return point with { Before = before, Noisy = before.OtherCores > options.NoisyAbove };
        }

        var again = await MachineLoad.SampleAsync(options.QuietSample, own, cancellationToken);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"[{t.Target.Name}] {what}: noisy (other load {before.OtherCores:F2} cores before it), run once more (other load now {again.OtherCores:F2})"));
        var second = await run();
        return second with { Before = again, Noisy = again.OtherCores > options.NoisyAbove, Repeated = true };
    }

    private void Say(string target, string what, PointResult p)
        => log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{target}] {what}: {p.TurnsPerSecond:F0} turns/s, p50 {p.P50:F1} ms, p95 {p.P95:F1} ms, p99 {p.P99:F1} ms, {p.Turns} turns, {p.Errors} errors, bot CPU {p.CpuMsPerTurn:F2} ms/turn")
            + (p.FirstError is null ? string.Empty : $" (first: {p.FirstError})"));

    // The report by type stays beside the bot's log (bench/.build/work/<bot>/), for a look at what the conversations keep alive.
    private async Task<long?> HeapAsync(TargetContext t, string file, CancellationToken cancellationToken)
        => options.GcDump is { } tool && t.Target.FileName == "dotnet"
            ? await ManagedHeap.BytesAsync(tool, t.Process.Pid, Path.Combine(options.WorkDir, t.Target.Name, file), cancellationToken)
            : null;

    // The SQLite file and its WAL, if the bot has one (bytes per stored case in the report).
    private long? DatabaseBytes(TargetContext t)
    {
        var file = Path.Combine(options.WorkDir, t.Target.Name, "casebot.db");
        return File.Exists(file) ? new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length) : null;
    }

    private static string Short(string? text) => text is null ? "nothing" : text.Length <= 160 ? text : text[..160] + "...";
}
