using Microsoft.Extensions.Logging;

namespace CaseBot.Bot.Tests.Support;

/// <summary>One captured log entry: rendered message, structured state values and scopes.</summary>
internal sealed record CapturedLogEntry(
    string Category, LogLevel Level, string? EventName, string Message, IReadOnlyList<string> State, IReadOnlyList<string> Scopes, string? Exception)
{
    public override string ToString()
        => $"{Level} {Category} {EventName}: {Message} {{{string.Join(", ", State)}}} [{string.Join(", ", Scopes)}] {Exception}";
}
