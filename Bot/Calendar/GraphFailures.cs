using Azure.Identity;
using CaseBot.Cases.Booking;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace CaseBot.Bot.Calendar;

/// <summary>
/// Turns Graph failures into <see cref="MeetingCalendarException"/>s with plain messages. By the time one arrives here the SDK's
/// retry handler has already retried 429/503/504 (honouring Retry-After) a bounded number of times.
/// </summary>
internal static class GraphFailures
{
    public static async Task<T> CallAsync<T>(ILogger logger, string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception error) when (Classify(error, cancellationToken) is { } failure)
        {
            var api = error as ApiException ?? (error as AggregateException)?.InnerExceptions.OfType<ApiException>().LastOrDefault();
            var status = api?.ResponseStatusCode;
            CalendarLog.Failed(logger, operation, failure, status, (api as ODataError)?.Error?.Code, error.GetType().Name);
            throw MeetingCalendarException.For(failure, error);
        }
    }

    /// <summary>The failure <paramref name="error"/> stands for; null for errors that are not the calendar's (they propagate as they are).</summary>
    public static CalendarFailure? Classify(Exception error, CancellationToken cancellationToken) => error switch
    {
        ApiException api => FromStatus(api.ResponseStatusCode),
        AuthenticationFailedException => CalendarFailure.NotPermitted,
        HttpRequestException => CalendarFailure.Unavailable,
        OperationCanceledException when !cancellationToken.IsCancellationRequested => CalendarFailure.Unavailable,
        AggregateException aggregate when aggregate.InnerExceptions.All(e => e is ApiException or HttpRequestException) => CalendarFailure.Unavailable,
        _ => null,
    };

    private static CalendarFailure FromStatus(int status) => status switch
    {
        401 or 403 => CalendarFailure.NotPermitted,
        404 or 410 => CalendarFailure.NotFound,
        408 or 429 or >= 500 => CalendarFailure.Unavailable,
        _ => CalendarFailure.Refused,
    };
}
