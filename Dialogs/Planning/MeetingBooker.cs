using CaseBot.Cases;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Dialogs.Planning;

/// <summary>
/// Books, moves and cancels a case's meeting: the calendar first (idempotent by the booking key, so a retry after a failed save
/// finds the same event), then the case with its notices in one save. A calendar failure changes nothing; a lost race with another
/// save is re-read: if the other save already booked this very event, that is success.
/// </summary>
public sealed class MeetingBooker(ICaseRepository cases, IMeetingCalendar calendar, IMeetingNotices notices, TimeProvider time)
{
    public async Task<BookingOutcome> BookAsync(CriticalCase criticalCase, MeetingPlan plan, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var key = BookingKey.For(criticalCase.TenantId, criticalCase.Id, criticalCase.NextMeetingNumber);
        BookedMeeting booked;
        try
        {
            booked = await calendar.BookAsync(plan, key, cancellationToken);
        }
        catch (MeetingCalendarException error)
        {
            return BookingOutcome.Failed(error.Message);
        }

        try
        {
            var meeting = criticalCase.Book(plan, booked, time.GetUtcNow());
            await cases.UpdateAsync(criticalCase, actor, notices.ForBooking(criticalCase, meeting), cancellationToken);
            return new BookingOutcome(meeting, booked.IcsFile, null);
        }
        catch (CaseConflictException)
        {
            var fresh = await cases.FindByIdAsync(criticalCase.Id, cancellationToken);
            return fresh?.BookedMeeting is { } existing && existing.EventId == booked.EventId
                ? new BookingOutcome(existing, booked.IcsFile, null)
                : BookingOutcome.Failed(PlanningText.ChangedMeanwhile);
        }
        catch (CaseRuleException error)
        {
            return BookingOutcome.Failed(error.Message);
        }
    }

    public async Task<BookingOutcome> RescheduleAsync(CriticalCase criticalCase, DateTimeOffset start, TimeSpan duration, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var current = criticalCase.BookedMeeting;
        if (current is null)
        {
            return BookingOutcome.Failed(CaseText.NoBookedMeeting);
        }

        try
        {
            var moved = await calendar.RescheduleAsync(current.Plan.OrganiserAadObjectId, current.EventId, start, duration, cancellationToken);
            var meeting = criticalCase.Reschedule(start, duration, moved, time.GetUtcNow());
            await cases.UpdateAsync(criticalCase, actor, notices.ForReschedule(criticalCase, meeting), cancellationToken);
            return new BookingOutcome(meeting, moved.IcsFile, null);
        }
        catch (MeetingCalendarException error)
        {
            return BookingOutcome.Failed(error.Message);
        }
        catch (CaseConflictException)
        {
            return BookingOutcome.Failed(PlanningText.ChangedMeanwhile);
        }
        catch (CaseRuleException error)
        {
            return BookingOutcome.Failed(error.Message);
        }
    }

    public async Task<BookingOutcome> CancelAsync(CriticalCase criticalCase, string comment, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var current = criticalCase.BookedMeeting;
        if (current is null)
        {
            return BookingOutcome.Failed(CaseText.NoBookedMeeting);
        }

        try
        {
            var cancelled = await calendar.CancelAsync(current.Plan.OrganiserAadObjectId, current.EventId, comment, cancellationToken);
            var meeting = criticalCase.CancelMeeting(time.GetUtcNow());
            await cases.UpdateAsync(criticalCase, actor, notices.ForCancellation(criticalCase, meeting), cancellationToken);
            return new BookingOutcome(meeting, cancelled.IcsFile, null);
        }
        catch (MeetingCalendarException error) when (error.Failure == CalendarFailure.NotFound)
        {
            // Already gone from the calendar (cancelled in Outlook): the case should say so too.
            criticalCase.CancelMeeting(time.GetUtcNow());
            await cases.UpdateAsync(criticalCase, actor, cancellationToken);
            return new BookingOutcome(current with { Status = MeetingStatus.Cancelled }, null, null);
        }
        catch (MeetingCalendarException error)
        {
            return BookingOutcome.Failed(error.Message);
        }
        catch (CaseConflictException)
        {
            return BookingOutcome.Failed(PlanningText.ChangedMeanwhile);
        }
    }
}
