using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CaseBot.Bot.Tests.Support;

/// <summary>
/// Keeps every log entry of every level: the rendered message, each state value (structured properties, the template included),
/// every enclosing scope and the exception, so tests can prove what is and is not logged.
/// </summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLogEntry> Entries => [.. _entries];

    /// <summary>Everything logged, as one searchable text.</summary>
    public string AllText => string.Join('\n', _entries.Select(e => e.ToString()));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static IEnumerable<string> Values(object? state)
        => state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.Select(p => $"{p.Key}={Render(p.Value)}")
            : [state?.ToString() ?? string.Empty];

    private static string Render(object? value)
        => value is System.Collections.IEnumerable items and not string
            ? string.Join(",", items.Cast<object?>().Select(i => i?.ToString()))
            : value?.ToString() ?? string.Empty;

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
            => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            owner._scopes.ForEachScope((scope, list) => list.AddRange(Values(scope)), scopes);
            owner._entries.Enqueue(new CapturedLogEntry(
                category, logLevel, eventId.Name, formatter(state, exception), [.. Values(state)], scopes, exception?.ToString()));
        }
    }
}
