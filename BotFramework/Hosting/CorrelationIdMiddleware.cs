using CaseBot.BotFramework.Builder;
using Microsoft.Extensions.Logging;

namespace CaseBot.BotFramework.Hosting;

/// <summary>Gives every turn a correlation id, in the log scope of everything the turn logs and in <see cref="TurnState"/>.</summary>
public sealed class CorrelationIdMiddleware(ILogger<CorrelationIdMiddleware> logger) : IMiddleware
{
    private const string Key = "CaseBot.CorrelationId";

    public static string? Get(ITurnContext turnContext)
        => turnContext?.TurnState.Get<string>(Key);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var correlationId = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        turnContext.TurnState.Set(Key, correlationId);
        using (logger.BeginScope(new Dictionary<string, object?>
        {
            ["CorrelationId"] = correlationId,
            ["ActivityType"] = turnContext.Activity.Type,
            ["ActivityId"] = turnContext.Activity.Id,
        }))
        {
            await next(cancellationToken);
        }
    }
}
