using CaseBot.Cases.Booking;
using Microsoft.Graph;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;

namespace CaseBot.Bot.Calendar;

/// <summary>
/// The organiser's Exchange calendar through Microsoft Graph with application permissions. Free times come from getSchedule
/// (findMeetingTimes is delegated-only) and <see cref="FreeSlotFinder"/>; events are created with a transactionId so a retried
/// booking never makes two; Graph sends the invitations, updates and cancellations itself.
/// </summary>
internal sealed class GraphMeetingCalendar(GraphServiceClient graph, WorkingHours hours, ILogger<GraphMeetingCalendar> logger) : IMeetingCalendar
{
    public async Task<IReadOnlyList<TimeSlot>> FindSlotsAsync(SlotQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var window = FreeSlotFinder.SearchWindow(query.From, hours, query.WorkingDays);
        var everyone = query.Everyone();
        var body = new GetSchedulePostRequestBody
        {
            Schedules = [.. everyone],
            StartTime = GraphTime.From(window.Start),
            EndTime = GraphTime.From(window.End),
            AvailabilityViewInterval = GraphSchedules.ViewIntervalMinutes,
        };
        var answer = await GraphFailures.CallAsync(
            logger,
            "getSchedule",
            () => graph.Users[query.OrganiserAadObjectId].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(body, PreferUtc, cancellationToken),
            cancellationToken);
        var busy = GraphSchedules.Busy(answer?.Value ?? [], window.Start, out var unreadable);
        var slots = FreeSlotFinder.Find(busy, query.Duration, query.From, hours, query.WorkingDays, maxSlots: query.MaxSlots);
        CalendarLog.SlotsFound(logger, slots.Count, everyone.Count, unreadable);
        return slots;
    }

    public async Task<BookedMeeting> BookAsync(MeetingPlan plan, string transactionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(transactionId);
        var created = await GraphFailures.CallAsync(
            logger,
            "create",
            () => graph.Users[plan.OrganiserAadObjectId].Events.PostAsync(GraphEvents.ToEvent(plan, transactionId), PreferUtc, cancellationToken),
            cancellationToken);
        var booked = GraphEvents.ToBooked(created);
        CalendarLog.Booked(logger, transactionId, booked.EventId);
        return booked;
    }

    public async Task<BookedMeeting> RescheduleAsync(string organiserAadObjectId, string eventId, DateTimeOffset newStart, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organiserAadObjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var moved = await GraphFailures.CallAsync(
            logger,
            "reschedule",
            () => graph.Users[organiserAadObjectId].Events[eventId].PatchAsync(GraphEvents.Moved(newStart, duration), PreferUtc, cancellationToken),
            cancellationToken);
        var booked = GraphEvents.ToBooked(moved);
        CalendarLog.Rescheduled(logger, eventId);
        return booked;
    }

    public async Task<CancelledMeeting> CancelAsync(string organiserAadObjectId, string eventId, string comment, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organiserAadObjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        var body = new CancelPostRequestBody { Comment = comment?.Trim() ?? string.Empty };
        await GraphFailures.CallAsync(
            logger,
            "cancel",
            async () =>
            {
                await graph.Users[organiserAadObjectId].Events[eventId].Cancel.PostAsync(body, cancellationToken: cancellationToken);
                return true;
            },
            cancellationToken);
        CalendarLog.Cancelled(logger, eventId);
        return new CancelledMeeting(eventId, null);
    }

    private static void PreferUtc<T>(Microsoft.Kiota.Abstractions.RequestConfiguration<T> request)
        where T : class, new()
        => request.Headers.Add("Prefer", GraphTime.PreferUtc);
}
