using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CaseBot.Bench.Driver;

/// <summary>
/// The Bot Connector on loopback: accepts <c>POST /v3/conversations/{id}/activities[/{replyToId}]</c> (and PUT updates), hands
/// each reply to its conversation's <see cref="ConversationSlot"/>, and answers with a resource id, as the real service does.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    /// <summary>Sees every accepted activity (its conversation and body); for counting proactive messages and repeats.</summary>
    public delegate void ActivityTap(string conversationId, ReadOnlySpan<byte> body);

    private static readonly byte[] ResourceResponse = """{"id":"1"}"""u8.ToArray();
    private readonly ConcurrentDictionary<string, ConversationSlot> _slots = new(StringComparer.Ordinal);
    private readonly WebApplication _app;
    private long _stray;

    private FakeConnector(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Throttling and server errors to answer with (fault tests); null: every call is accepted.</summary>
    public ConnectorFaults? Faults { get; set; }

    public ActivityTap? Tap { get; set; }

    /// <summary>Replies for conversations nobody is waiting on (e.g. a turn that timed out).</summary>
    public long Stray => Interlocked.Read(ref _stray);

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return connector;
    }

    public void Register(ConversationSlot slot) => _slots[slot.ConversationId] = slot;

    public void Unregister(ConversationSlot slot) => _slots.TryRemove(slot.ConversationId, out _);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        // Path is already unescaped: /v3/conversations/a:bench-1/activities/42
        var path = http.Request.Path.Value ?? string.Empty;
        const string prefix = "/v3/conversations/";
        var end = path.IndexOf("/activities", StringComparison.Ordinal);
        if (!path.StartsWith(prefix, StringComparison.Ordinal) || end < prefix.Length)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var conversationId = path[prefix.Length..end];
        if (Faults?.Next(conversationId) is { } fault)
        {
            http.Response.StatusCode = fault.Status;
            if (fault.RetryAfter is { } seconds)
            {
                http.Response.Headers.RetryAfter = seconds;
            }

            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var length = 0;
            int read;
            while ((read = await http.Request.Body.ReadAsync(buffer.AsMemory(length), http.RequestAborted)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
            }

            Tap?.Invoke(conversationId, buffer.AsSpan(0, length));
            if (_slots.TryGetValue(conversationId, out var slot))
            {
                slot.OnReply(buffer.AsSpan(0, length));
            }
            else
            {
                Interlocked.Increment(ref _stray);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = ResourceResponse.Length;
        await http.Response.Body.WriteAsync(ResourceResponse, http.RequestAborted);
    }
}
