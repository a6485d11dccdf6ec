using CaseBot.Cases.Booking;

namespace CaseBot.Bot.Calendar;

/// <summary>
/// The calendar used when Graph is not configured (local runs, the Agents Playground). It keeps its bookings in memory (they are
/// lost on restart; the case record keeps the event id and times), proposes slots that avoid them with <see cref="FreeSlotFinder"/>,
/// and hands the organiser an .ics file to send, since it cannot send invitations itself. Booking the same key twice returns the
/// first booking. Each change is kept only once its invite is written: one that cannot be written fails as
/// <see cref="CalendarFailure.Refused"/> and changes nothing, so booking again with the same key starts afresh.
/// </summary>
/// <param name="hours">The working hours free slots are found in.</param>
/// <param name="time">The clock for DTSTAMP.</param>
/// <param name="logger">The calendar's log.</param>
/// <param name="writeInvite">Writes a booking's .ics (<see cref="IcsWriter.Write"/> unless a test gives one that fails).</param>
internal sealed class OfflineMeetingCalendar(
    WorkingHours hours, TimeProvider time, ILogger<OfflineMeetingCalendar> logger, Func<OfflineBooking, byte[]>? writeInvite = null) : IMeetingCalendar
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, OfflineBooking> _bookings = new(StringComparer.Ordinal);
    private readonly Func<OfflineBooking, byte[]> _writeInvite = writeInvite ?? IcsWriter.Write;

    public Task<IReadOnlyList<TimeSlot>> FindSlotsAsync(SlotQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var everyone = query.Everyone();
        Dictionary<string, IReadOnlyList<BusyInterval>> busy;
        lock (_gate)
        {
            busy = everyone.ToDictionary(email => email, email => BusyTimes(email), StringComparer.OrdinalIgnoreCase);
        }

        var slots = FreeSlotFinder.Find(busy, query.Duration, query.From, hours, query.WorkingDays, maxSlots: query.MaxSlots);
        CalendarLog.SlotsFound(logger, slots.Count, everyone.Count, 0);
        return Task.FromResult(slots);
    }

    public Task<BookedMeeting> BookAsync(MeetingPlan plan, string transactionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(transactionId);
        OfflineBooking booking;
        byte[] ics;
        lock (_gate)
        {
            // Like Graph's transactionId: a repeated key gets the first booking back, even if the plan differs.
            if (_bookings.TryGetValue(transactionId, out var existing))
            {
                return Task.FromResult(ToBooked(existing, Invite(existing)));
            }

            booking = new OfflineBooking(transactionId, plan, 0, time.GetUtcNow());
            ics = Invite(booking);
            _bookings.Add(transactionId, booking);
        }

        CalendarLog.Booked(logger, transactionId, transactionId);
        return Task.FromResult(ToBooked(booking, ics));
    }

    public Task<BookedMeeting> RescheduleAsync(string organiserAadObjectId, string eventId, DateTimeOffset newStart, TimeSpan duration, CancellationToken cancellationToken)
    {
        OfflineBooking moved;
        byte[] ics;
        lock (_gate)
        {
            var booking = Find(organiserAadObjectId, eventId);
            if (booking.IsCancelled)
            {
                throw MeetingCalendarException.For(CalendarFailure.NotFound);
            }

            moved = booking with { Plan = booking.Plan.RescheduledTo(newStart, duration), Sequence = booking.Sequence + 1, Stamp = time.GetUtcNow() };
            ics = Invite(moved);
            _bookings[eventId] = moved;
        }

        CalendarLog.Rescheduled(logger, eventId);
        return Task.FromResult(ToBooked(moved, ics));
    }

    public Task<CancelledMeeting> CancelAsync(string organiserAadObjectId, string eventId, string comment, CancellationToken cancellationToken)
    {
        OfflineBooking cancelled;
        byte[] ics;
        lock (_gate)
        {
            cancelled = Find(organiserAadObjectId, eventId);
            if (cancelled.IsCancelled)
            {
                ics = Invite(cancelled);
            }
            else
            {
                cancelled = cancelled with { CancelComment = comment?.Trim() ?? string.Empty, Sequence = cancelled.Sequence + 1, Stamp = time.GetUtcNow() };
                ics = Invite(cancelled);
                _bookings[eventId] = cancelled;
                CalendarLog.Cancelled(logger, eventId);
            }
        }

        return Task.FromResult(new CancelledMeeting(eventId, ics));
    }

    private static BookedMeeting ToBooked(OfflineBooking booking, byte[] ics) => new(booking.TransactionId, null, null, ics);

    // Written before the change is kept, so an invite that cannot be written leaves the calendar as it was.
    private byte[] Invite(OfflineBooking booking)
    {
        try
        {
            return _writeInvite(booking);
        }
        catch (Exception error) when (error is ArgumentException or FormatException or InvalidOperationException)
        {
            CalendarLog.Failed(logger, "writeInvite", CalendarFailure.Refused, null, null, error.GetType().Name);
            throw new MeetingCalendarException(CalendarFailure.Refused, BookingText.InviteNotWritten, error);
        }
    }

    private IReadOnlyList<BusyInterval> BusyTimes(string email)
        => [.. _bookings.Values
            .Where(b => !b.IsCancelled && b.Plan.Attendees.Any(a => string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase)))
            .Select(b => new BusyInterval(b.Plan.Start, b.Plan.End))];

    // Like Graph, only the organiser's own calendar holds the event.
    private OfflineBooking Find(string organiserAadObjectId, string eventId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organiserAadObjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        return _bookings.TryGetValue(eventId, out var booking) && string.Equals(booking.Plan.OrganiserAadObjectId, organiserAadObjectId.Trim(), StringComparison.OrdinalIgnoreCase)
            ? booking
            : throw MeetingCalendarException.For(CalendarFailure.NotFound);
    }
}
