using Microsoft.Extensions.Logging;

namespace CaseBot.BotFramework.Tests.Support;

/// <summary>One captured log entry.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyList<string> Scopes, string? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message} [{string.Join(", ", Scopes)}] {Exception}";
}
