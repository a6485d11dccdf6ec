using CaseBot.BotFramework.Schema;

namespace CaseBot.BotFramework.Hosting;

/// <summary>What the HTTP request behind a turn expects back: buffered replies (expectReplies) and the invoke response.</summary>
internal sealed class InboundTurn(bool expectReplies)
{
    public bool ExpectReplies { get; } = expectReplies;

    public List<Activity> BufferedReplies { get; } = [];

    public InvokeResponse? InvokeResponse { get; set; }
}
