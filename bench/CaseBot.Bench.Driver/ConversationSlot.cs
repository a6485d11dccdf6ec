using System.Diagnostics;

namespace CaseBot.Bench.Driver;

/// <summary>
/// One conversation's turn in flight, as the fake Connector sees it: how many replies arrived, when the last one did, and whether one
/// of them carried the words the turn should produce. The turn is complete once the expected number of replies is in.
/// </summary>
internal sealed class ConversationSlot(string conversationId)
{
    private readonly Lock _gate = new();
    private int _expected;
    private byte[]? _marker;
    private TaskCompletionSource? _complete;
    private byte[] _last = new byte[4096];
    private int _lastLength;

    public string ConversationId { get; } = conversationId;

    public int Replies { get; private set; }

    public long LastReplyTimestamp { get; private set; }

    public bool MarkerSeen { get; private set; }

    /// <summary>Every reply body of the turn, as text (for --dump only).</summary>
    public bool KeepBodies { get; init; }

    public List<string> Bodies { get; } = [];

    public Task Begin(int expectedReplies, byte[]? marker)
    {
        lock (_gate)
        {
            _expected = expectedReplies;
            _marker = marker;
            Replies = 0;
            LastReplyTimestamp = 0;
            MarkerSeen = marker is null;
            _lastLength = 0;
            Bodies.Clear();
            _complete = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (expectedReplies == 0)
            {
                _complete.TrySetResult();
            }

            return _complete.Task;
        }
    }

    public void OnReply(ReadOnlySpan<byte> body)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            Replies++;
            LastReplyTimestamp = now;
            if (!MarkerSeen && _marker is not null && body.IndexOf(_marker) >= 0)
            {
                MarkerSeen = true;
            }

            // The last reply's bytes are kept (copied into a reused buffer) so an unexpected answer can be shown in the error.
            if (_last.Length < body.Length)
            {
                _last = new byte[body.Length * 2];
            }

            body.CopyTo(_last);
            _lastLength = body.Length;
            if (KeepBodies)
            {
                Bodies.Add(System.Text.Encoding.UTF8.GetString(body));
            }

            if (Replies >= _expected)
            {
                _complete?.TrySetResult();
            }
        }
    }

    /// <summary>The last reply's body as text, shortened; for error messages.</summary>
    public string LastBody(int max = 600)
    {
        lock (_gate)
        {
            var text = System.Text.Encoding.UTF8.GetString(_last, 0, _lastLength);
            return text.Length <= max ? text : text[..max] + "...";
        }
    }
}
