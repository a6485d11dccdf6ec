using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseBot.Bench.Driver;

/// <summary>
/// The case board (the Teams tab under /tab, local mode) over the cases of the run (triaged, and seeded for the tick point): "My
/// cases" (first page, most urgent first) and "Look up" (a reference, audited) as HTTP requests, each worker signed in with the
/// board's local picker as one of the managers who lead them. Latency = request sent to response read, on loopback: the server-side
/// time plus little. Run after the status lookups, over the same cases (over 100,000 in a full SQLite run).
/// </summary>
internal static partial class BoardWorkload
{
    public const string MyCases = "My cases (first page)";
    public const string LookUp = "Look up (by reference)";

    public static async Task RunAsync(
        TargetContext t, TargetResult result, IReadOnlyList<(string Reference, int Manager)> saved, BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        if (saved.Count == 0)
        {
            return;
        }

        var byManager = saved.GroupBy(s => s.Manager).ToDictionary(g => g.Key, g => g.Select(s => s.Reference).ToArray());
        var managers = byManager.Keys.Order().ToArray();
        var board = new Uri($"http://127.0.0.1:{t.Process.Port}");
        foreach (var (view, worker) in new[] { (MyCases, (Func<TabSession, string[], CancellationToken, Task<TurnOutcome>>)FirstPageAsync), (LookUp, LookUpAsync) })
        {
            foreach (var c in options.LookupConcurrency)
            {
                var point = await LoadRunner.TimedAsync(c, options.WarmUp, options.Measure, async (index, clock, stats, ct) =>
                {
                    var manager = managers[index % managers.Length];
                    using var session = new TabSession(board);
                    if (await session.SignInAsync(manager, ct) is { } failed)
                    {
                        stats.Record(new TurnOutcome(0, failed, null), clock);
                        return;
                    }

                    while (!clock.Stopped)
                    {
                        stats.Record(await worker(session, byManager[manager], ct), clock);
                    }
                }, cancellationToken, cpuSeconds: t.Process.CpuSeconds);
                result.Board.Add(new BoardPoint(view, point));
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"[{t.Target.Name}] board {view} over {saved.Count} cases, C={c}: {point.TurnsPerSecond:F0} requests/s, p50 {point.P50:F1} ms, p99 {point.P99:F1} ms, {point.Errors} errors, bot CPU {point.CpuMsPerTurn:F2} ms/request")
                    + (point.FirstError is null ? string.Empty : $" (first: {point.FirstError})"));
                if (result.Lookups.FirstOrDefault(l => l.Concurrency == c) is { P50: > 0, CpuMsPerTurn: > 0 } status)
                {
                    await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"ratio board {view}/status lookup at C={c}: p50 {point.P50 / status.P50:F2}, CPU per request {point.CpuMsPerTurn / status.CpuMsPerTurn:F2}"));
                }

                t.Process.ThrowIfExited();
            }
        }
    }

    /// <summary>The board's table for the report: each view's latency at each concurrency.</summary>
    public static void AppendTo(StringBuilder md, IReadOnlyList<TargetResult> results)
    {
        var rows = results.SelectMany(r => r.Board.Select(b => (r.Name, r.LookupCases, b))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("Case board (the Teams tab, /tab), signed in as the managers who saved the cases; target: under 100 ms server-side:").AppendLine();
        md.AppendLine("| Bot | view | C | requests/s | p50 ms | p95 ms | p99 ms | errors | bot CPU ms/request | cases |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, cases, (view, p)) in rows)
        {
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {view} | {p.Concurrency} | {p.TurnsPerSecond:F0} | {p.P50:F1} | {p.P95:F1} | {p.P99:F1} | {p.Errors + p.WarmUpErrors} | {p.CpuMsPerTurn:F2} | {cases} |"));
        }

        // The peer in the same run: the chat's "status REF" over the same cases, at the same concurrency.
        md.AppendLine().AppendLine("Against the chat's `status REF` over the same cases (same run): p50 latency and bot CPU per request, board ÷ status:").AppendLine();
        foreach (var r in results)
        {
            foreach (var (view, p) in r.Board)
            {
                if (r.Lookups.FirstOrDefault(l => l.Concurrency == p.Concurrency) is { P50: > 0, CpuMsPerTurn: > 0 } status)
                {
                    md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                        $"- {r.Name}, {view}, C={p.Concurrency}: p50 {p.P50 / status.P50:F2}×, CPU {p.CpuMsPerTurn / status.CpuMsPerTurn:F2}×"));
                }
            }
        }
    }

    private static async Task<TurnOutcome> FirstPageAsync(TabSession session, string[] cases, CancellationToken cancellationToken)
    {
        var (ticks, status, body) = await session.SendAsync(HttpMethod.Get, "/tab/cases", null, cancellationToken);
        return status == HttpStatusCode.OK && body.Contains("Page 1 of", StringComparison.Ordinal) && (body.Contains("BENCH-", StringComparison.Ordinal) || body.Contains("TICK-", StringComparison.Ordinal))
            ? new TurnOutcome(ticks, null, null)
            : new TurnOutcome(ticks, $"my cases answered {(int)status}", null);
    }

    private static async Task<TurnOutcome> LookUpAsync(TabSession session, string[] cases, CancellationToken cancellationToken)
    {
        var reference = cases[Random.Shared.Next(cases.Length)];
        var (ticks, status, body) = await session.SendAsync(HttpMethod.Post, "/tab/lookup", new() { ["reference"] = reference }, cancellationToken);
        return status == HttpStatusCode.OK && body.Contains($"Case {reference}", StringComparison.Ordinal)
            ? new TurnOutcome(ticks, null, null)
            : new TurnOutcome(ticks, $"look up answered {(int)status} without the case", null);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    /// <summary>One measured view of the board.</summary>
    internal sealed record BoardPoint(string View, PointResult Point);

    // A browser as far as the board can tell: its cookies (session, anti-forgery) and the form token of the page it loaded.
    private sealed class TabSession(Uri board) : IDisposable
    {
        private readonly HttpClient _client = new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseProxy = false })
        {
            BaseAddress = board,
            Timeout = TimeSpan.FromSeconds(30),
        };

        private string _token = string.Empty;

        /// <summary>Signs in as the manager with the local picker; null when signed in, else why not.</summary>
        public async Task<string?> SignInAsync(int manager, CancellationToken cancellationToken)
        {
            var (_, _, picker) = await SendAsync(HttpMethod.Get, "/tab/local", null, cancellationToken, readToken: true);
            var fields = new Dictionary<string, string> { ["other"] = BenchIdentity.AadObjectId(manager), ["tenant"] = BenchIdentity.TenantId, ["next"] = "/tab/cases" };
            var (_, status, _) = await SendAsync(HttpMethod.Post, "/tab/local", fields, cancellationToken);
            if (status != HttpStatusCode.Redirect || picker.Length == 0)
            {
                return $"board sign-in answered {(int)status}";
            }

            var (_, lookup, _) = await SendAsync(HttpMethod.Get, "/tab/lookup", null, cancellationToken, readToken: true);
            return lookup == HttpStatusCode.OK ? null : $"board look up page answered {(int)lookup}";
        }

        public async Task<(long Ticks, HttpStatusCode Status, string Body)> SendAsync(
            HttpMethod method, string path, Dictionary<string, string>? form, CancellationToken cancellationToken, bool readToken = false)
        {
            using var request = new HttpRequestMessage(method, path);
            if (form is not null)
            {
                form["__RequestVerificationToken"] = _token;
                request.Content = new FormUrlEncodedContent(form);
            }

            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await _client.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                var ticks = Stopwatch.GetTimestamp() - start;
                if (readToken && FormToken().Match(body) is { Success: true } token)
                {
                    _token = WebUtility.HtmlDecode(token.Groups[1].Value);
                }

                return (ticks, response.StatusCode, body);
            }
            catch (HttpRequestException ex)
            {
                return (Stopwatch.GetTimestamp() - start, 0, ex.Message);
            }
        }

        public void Dispose() => _client.Dispose();
    }
}
