using System.Collections.Concurrent;
using System.Text.Json;
using CaseBot.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CaseBot.TestSupport;

/// <summary>
/// A Bot Connector on loopback: records every call, answers like the real one, and can be told to throttle or fail first.
/// Tests await <see cref="WaitForActivitiesAsync"/> instead of sleeping.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentQueue<Func<HttpContext, Task<bool>>> _scripted = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _nextId;

    private FakeConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    /// <summary>The activities posted (sent or replied), in arrival order.</summary>
    public IReadOnlyList<Activity> Activities => _calls.Where(c => c.Activity is not null && !c.Failed && c.Method == "POST").Select(c => c.Activity!).ToList();

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.First() + "/";
        return connector;
    }

    /// <summary>The next call gets this status (and Retry-After seconds, if given) instead of success.</summary>
    public void FailNext(int status, int? retryAfterSeconds = null, string? errorCode = null) => _scripted.Enqueue(async ctx =>
    {
        ctx.Response.StatusCode = status;
        if (retryAfterSeconds is { } seconds)
        {
            ctx.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        ctx.Response.Headers["X-Correlating-OperationId"] = "op-123";
        await ctx.Response.WriteAsJsonAsync(new { error = new { code = errorCode ?? "ServiceError", message = "scripted failure" } });
        return true;
    });

    public async Task<IReadOnlyList<Activity>> WaitForActivitiesAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (Activities.Count < count)
        {
            await _arrived.WaitAsync(cts.Token);
        }

        return Activities;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        string body;
        using (var reader = new StreamReader(ctx.Request.Body))
        {
            body = await reader.ReadToEndAsync();
        }

        Activity? activity = null;
        if (!string.IsNullOrWhiteSpace(body) && ctx.Request.Path.StartsWithSegments("/v3/conversations", StringComparison.Ordinal)
            && ctx.Request.Path.Value!.Contains("/activities", StringComparison.Ordinal))
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }

        var rawTarget = ctx.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? ctx.Request.Path.Value ?? string.Empty;
        var call = new ConnectorCall(ctx.Request.Method, rawTarget, ctx.Request.Headers.Authorization.ToString(), body, activity);
        var failed = _scripted.TryDequeue(out var script) && await script(ctx);
        _calls.Enqueue(call with { Failed = failed });
        if (failed)
        {
            return;
        }

        _arrived.Release();
        if (ctx.Request.Path.Value == "/v3/conversations" && HttpMethods.IsPost(ctx.Request.Method))
        {
            await ctx.Response.WriteAsJsonAsync(new { id = "a:created-" + Interlocked.Increment(ref _nextId) });
            return;
        }

        ctx.Response.StatusCode = HttpMethods.IsPost(ctx.Request.Method) ? 201 : 200;
        await ctx.Response.WriteAsJsonAsync(new { id = "msg-" + Interlocked.Increment(ref _nextId) });
    }
}
