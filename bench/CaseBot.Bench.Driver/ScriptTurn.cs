using System.Text;

namespace CaseBot.Bench.Driver;

/// <summary>One user message of a scripted conversation, how many replies it should draw, and words one of them must contain.</summary>
internal sealed record ScriptTurn(string Text, int ExpectedReplies, string? Marker)
{
    public byte[]? MarkerBytes { get; } = Marker is null ? null : Encoding.UTF8.GetBytes(Marker);
}
