using System.Diagnostics;
using System.Net.Http.Headers;

namespace CaseBot.Bench.Driver;

/// <summary>
/// Posts one activity to the bot and waits until the turn is over: the HTTP answer is in and the expected replies have reached the
/// fake Connector. Latency runs from the POST to whichever came last.
/// </summary>
internal sealed class TurnClient(HttpClient http, FakeConnector connector, Uri messagesUrl)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    public FakeConnector Connector => connector;

    public async Task<TurnOutcome> RunAsync(ConversationSlot slot, byte[] activity, ScriptTurn turn, bool readBody, CancellationToken cancellationToken)
    {
        var replies = slot.Begin(turn.ExpectedReplies, turn.MarkerBytes);
        var sent = Stopwatch.GetTimestamp();
        long answered;
        string? body = null;
        try
        {
            using var content = new ByteArrayContent(activity);
            content.Headers.ContentType = Json;
            using var response = await http.PostAsync(messagesUrl, content, cancellationToken);
            if (readBody)
            {
                body = await response.Content.ReadAsStringAsync(cancellationToken);
            }

            answered = Stopwatch.GetTimestamp();
            if (!response.IsSuccessStatusCode && !readBody)
            {
                return new TurnOutcome(0, $"HTTP {(int)response.StatusCode} for '{turn.Text}'", body);
            }

            if (readBody)
            {
                body = $"{(int)response.StatusCode} {body}";
            }
        }
        catch (Exception ex) when ((ex is HttpRequestException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            return new TurnOutcome(0, $"{ex.GetType().Name} for '{turn.Text}': {ex.Message}", null);
        }

        try
        {
            await replies.WaitAsync(Timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return new TurnOutcome(0, $"{slot.Replies} of {turn.ExpectedReplies} replies within {Timeout.TotalSeconds} s for '{turn.Text}'", body);
        }

        if (!slot.MarkerSeen)
        {
            return new TurnOutcome(0, $"no reply to '{turn.Text}' said '{turn.Marker}'; last reply: {slot.LastBody()}", body);
        }

        return new TurnOutcome(Math.Max(answered, slot.LastReplyTimestamp) - sent, null, body);
    }
}
