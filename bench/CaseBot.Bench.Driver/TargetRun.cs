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
        await using var process = BotProcess.Start(target, workDir);
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

            foreach (var c in options.Concurrency)
            {
                Func<Task>? counters = options.Counters is { } tool && target.FileName == "dotnet" && c == options.Concurrency.Max()
                    ? async () => result.Server = await ServerTimings.CollectAsync(
                        tool, process.Pid, options.Measure - TimeSpan.FromSeconds(1), Path.Combine(workDir, "counters.csv"), cancellationToken)
                    : null;
                var point = await LoadRunner.TimedAsync(c, options.WarmUp, options.Measure, Workloads.Triage(t), cancellationToken, counters, process.CpuSeconds);
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
                var saved = t.SavedCases();
                result.LookupCases = saved.Length;
                foreach (var c in options.LookupConcurrency)
                {
                    var point = await LoadRunner.TimedAsync(c, options.WarmUp, options.Measure, Workloads.Lookup(t, saved), cancellationToken, cpuSeconds: process.CpuSeconds);
                    result.Lookups.Add(point);
                    Say(target.Name, $"status lookup over {saved.Length} cases, C={c}", point);
                    process.ThrowIfExited();
                }

                await BoardWorkload.RunAsync(t, result, options, log, cancellationToken);
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

        result.InvokeNote = "action.tick with case and action ids the bot does not know: invoke routing, access, a case lookup by id and "
            + "the refusal card; a real tick (an owner's open action) also saves the case and updates the cards, which the driver cannot reach yet";
        result.Invoke = await LoadRunner.TimedAsync(
            options.InvokeConcurrency, options.WarmUp, options.Measure, Workloads.Invoke(t, t.SavedCases()), cancellationToken, cpuSeconds: t.Process.CpuSeconds);
        t.Process.ThrowIfExited();
        Say(t.Target.Name, $"invoke action.tick, C={options.InvokeConcurrency}", result.Invoke);
    }

    private async Task SeedAsync(TargetContext t, TargetResult result, CancellationToken cancellationToken)
    {
        var before = t.Process.Memory().Rss;
        var last = t.LastConversation + options.Cases;
        var run = await LoadRunner.UntilDoneAsync(options.SeedConcurrency, Workloads.Triage(t, last), options.SeedBudget, cancellationToken);
        t.Process.ThrowIfExited();
        result.Seed = new SeedResult(run, before, t.Process.Memory().Rss);
        Say(t.Target.Name, $"{run.Conversations} of {options.Cases} triage conversations, C={options.SeedConcurrency}", run);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"[{t.Target.Name}]   RSS {result.Seed.RssBefore:F0} MB -> {result.Seed.RssAfter:F0} MB ({result.Seed.Growth:+0;-0} MB)"));
    }

    private void Say(string target, string what, PointResult p)
        => log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{target}] {what}: {p.TurnsPerSecond:F0} turns/s, p50 {p.P50:F1} ms, p95 {p.P95:F1} ms, p99 {p.P99:F1} ms, {p.Turns} turns, {p.Errors} errors, bot CPU {p.CpuMsPerTurn:F2} ms/turn")
            + (p.FirstError is null ? string.Empty : $" (first: {p.FirstError})"));

    private static string Short(string? text) => text is null ? "nothing" : text.Length <= 160 ? text : text[..160] + "...";
}
