using System.Diagnostics;
using System.Net.Http.Headers;

namespace CaseBot.Bench.Driver;

/// <summary>
/// Posts one activity to the bot and waits until the turn is over: the HTTP answer is in and the expected replies have reached the
/// fake Connector. Latency runs from the POST to whichever came last. With several instances, turns go round-robin and a POST that
/// fails (refused, reset) is sent again, with the same activity id, to the next instance (up to <see cref="Failovers"/> times).
/// </summary>
internal sealed class TurnClient(HttpClient http, FakeConnector connector, BotEndpoints endpoints)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public TurnClient(HttpClient http, FakeConnector connector, Uri messagesUrl)
        : this(http, connector, new BotEndpoints([messagesUrl]))
    {
    }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How many times a failed POST is sent again to another instance; 0 (the benchmark) reports the failure.</summary>
    public int Failovers { get; init; }

    public FakeConnector Connector => connector;

    public async Task<TurnOutcome> RunAsync(ConversationSlot slot, byte[] activity, ScriptTurn turn, bool readBody, CancellationToken cancellationToken)
    {
        var replies = slot.Begin(turn.ExpectedReplies, turn.MarkerBytes);
        var sent = Stopwatch.GetTimestamp();
        long answered;
        string? body = null;
        var messagesUrl = endpoints.Next();
        var failovers = 0;
        try
        {
            HttpResponseMessage response;
            while (true)
            {
                try
                {
                    using var content = new ByteArrayContent(activity);
                    content.Headers.ContentType = Json;
                    response = await http.PostAsync(messagesUrl, content, cancellationToken);
                    break;
                }
                catch (HttpRequestException) when (failovers < Failovers && !cancellationToken.IsCancellationRequested)
                {
                    failovers++;
                    messagesUrl = endpoints.After(messagesUrl);
                }
            }

            using var disposeResponse = response;
            if (readBody)
            {
                body = await response.Content.ReadAsStringAsync(cancellationToken);
            }

            answered = Stopwatch.GetTimestamp();
            if (!response.IsSuccessStatusCode && !readBody)
            {
                return new TurnOutcome(0, $"HTTP {(int)response.StatusCode} for '{turn.Text}'", body) { Failovers = failovers };
            }

            if (readBody)
            {
                body = $"{(int)response.StatusCode} {body}";
            }
        }
        catch (Exception ex) when ((ex is HttpRequestException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            return new TurnOutcome(0, $"{ex.GetType().Name} for '{turn.Text}': {ex.Message}", null) { Failovers = failovers };
        }

        try
        {
            await replies.WaitAsync(Timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return new TurnOutcome(0, $"{slot.Replies} of {turn.ExpectedReplies} replies within {Timeout.TotalSeconds} s for '{turn.Text}'", body) { Failovers = failovers };
        }

        if (!slot.MarkerSeen)
        {
            return new TurnOutcome(0, $"no reply to '{turn.Text}' said '{turn.Marker}'; last reply: {slot.LastBody()}", body) { Failovers = failovers };
        }

        // A turn's replies are sent before its HTTP answer, so once that is in, any reply past the expected count is a repeat.
        return new TurnOutcome(Math.Max(answered, slot.LastReplyTimestamp) - sent, null, body)
        {
            Failovers = failovers,
            ExtraReplies = Math.Max(0, slot.Replies - turn.ExpectedReplies),
        };
    }
}
