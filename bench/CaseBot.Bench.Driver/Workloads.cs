namespace CaseBot.Bench.Driver;

/// <summary>What a closed-loop worker does over and over: whole triage conversations, status lookups, or Action.Execute invokes.</summary>
internal static class Workloads
{
    /// <summary>CaseBot's answer to the owner's tick (Cards/Actions/CardNotices.MarkedDone).</summary>
    private const string MarkedDone = "Marked done.";

    public delegate Task Worker(int index, RunClock clock, WorkerStats stats, CancellationToken cancellationToken);

    /// <summary>Triage conversations, each with a new conversation id and case reference; stops at <paramref name="lastConversation"/> if given.</summary>
    public static Worker Triage(TargetContext t, long? lastConversation = null) => async (_, clock, stats, ct) =>
    {
        while (!clock.Stopped)
        {
            var n = t.NextConversation();
            if (n > lastConversation)
            {
                return;
            }

            var reference = TriageScript.Reference(n);
            var script = t.Target.Scripted ? TriageScript.For(reference) : TriageScript.Unchecked(reference);
            var slot = new ConversationSlot($"a:bench-{n}");
            var manager = BenchIdentity.ManagerOf(n);
            t.Client.Connector.Register(slot);
            try
            {
                var completed = true;
                for (var i = 0; i < script.Count && completed; i++)
                {
                    var activity = t.Writer.Message(slot.ConversationId, $"{n}-{i}", manager, script[i].Text);
                    var outcome = await t.Client.RunAsync(slot, activity, script[i], readBody: false, ct);
                    stats.Record(outcome, clock, i);
                    completed = outcome.Ok && (lastConversation is not null || !clock.Stopped);
                }

                if (completed)
                {
                    t.Saved(n);
                    stats.ConversationDone(clock);
                }
            }
            finally
            {
                t.Client.Connector.Unregister(slot);
            }
        }
    };

    /// <summary>"status &lt;reference&gt;" for random saved cases, each asked by the manager who opened it.</summary>
    public static Worker Lookup(TargetContext t, (string Reference, int Manager)[] saved) => async (index, clock, stats, ct) =>
    {
        // A chat of its own per worker and point: ids repeated across points would be (rightly) dropped as Teams redeliveries.
        var slot = new ConversationSlot($"a:bench-lookup-{Guid.NewGuid():N}");
        t.Client.Connector.Register(slot);
        try
        {
            for (var i = 0; !clock.Stopped; i++)
            {
                var (reference, manager) = saved[Random.Shared.Next(saved.Length)];
                var turn = TriageScript.Status(reference);
                var activity = t.Writer.Message(slot.ConversationId, $"l{index}-{i}", manager, turn.Text);
                stats.Record(await t.Client.RunAsync(slot, activity, turn, readBody: false, ct), clock);
            }
        }
        finally
        {
            t.Client.Connector.Unregister(slot);
        }
    };

    /// <summary>Action.Execute "action.tick" invokes; the answer comes back in the HTTP body, not through the Connector.</summary>
    public static Worker Invoke(TargetContext t, long[] saved) => async (index, clock, stats, ct) =>
    {
        var slot = new ConversationSlot($"a:bench-invoke-{Guid.NewGuid():N}");
        var turn = new ScriptTurn("action.tick", 0, null);
        t.Client.Connector.Register(slot);
        try
        {
            for (var i = 0; !clock.Stopped; i++)
            {
                var n = saved[Random.Shared.Next(saved.Length)];
                var activity = InvokeActivity(t, slot.ConversationId, $"i{index}-{i}", n);
                var outcome = await t.Client.RunAsync(slot, activity, turn, readBody: true, ct);
                var answered = outcome.ResponseBody?.StartsWith("200 ", StringComparison.Ordinal) == true;
                stats.Record(outcome.Ok && !answered ? outcome with { Error = "invoke answered " + outcome.ResponseBody } : outcome, clock);
            }
        }
        finally
        {
            t.Client.Connector.Unregister(slot);
        }
    };

    /// <summary>
    /// Real ticks: each worker takes a seeded case and its owner ticks the case's open actions one after another (Mark done on the
    /// action list: the case saved, the action-list cards queued for update). A worker stops when no seeded case is left.
    /// </summary>
    public static Worker RealTicks(TargetContext t, System.Collections.Concurrent.ConcurrentQueue<SeededCase> cases) => async (index, clock, stats, ct) =>
    {
        var slot = new ConversationSlot($"a:bench-tick-{Guid.NewGuid():N}");
        var turn = new ScriptTurn("action.tick", 0, null);
        t.Client.Connector.Register(slot);
        try
        {
            for (var i = 0; !clock.Stopped && cases.TryDequeue(out var seeded);)
            {
                foreach (var actionId in seeded.ActionIds)
                {
                    var activity = t.Writer.Invoke(slot.ConversationId, $"t{index}-{i++}", seeded.Manager, "action.tick", new Dictionary<string, string>
                    {
                        ["caseId"] = seeded.CaseId.ToString(),
                        ["actionId"] = actionId.ToString(),
                    });
                    var outcome = await t.Client.RunAsync(slot, activity, turn, readBody: true, ct);
                    var ticked = outcome.ResponseBody is { } body && body.StartsWith("200 ", StringComparison.Ordinal) && body.Contains(MarkedDone, StringComparison.Ordinal);
                    stats.Record(outcome.Ok && !ticked ? outcome with { Error = "tick answered " + outcome.ResponseBody } : outcome, clock);
                    if (clock.Stopped)
                    {
                        break;
                    }
                }
            }
        }
        finally
        {
            t.Client.Connector.Unregister(slot);
        }
    };

    public static byte[] InvokeActivity(TargetContext t, string conversationId, string activityId, long n)
        => t.Writer.Invoke(conversationId, activityId, BenchIdentity.ManagerOf(n), "action.tick", new Dictionary<string, string>
        {
            ["caseId"] = Guid.NewGuid().ToString(),
            ["actionId"] = Guid.NewGuid().ToString(),
        });
}
