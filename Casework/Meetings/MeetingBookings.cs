using CaseBot.Cases;
using CaseBot.Cases.Access;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Changes;

namespace CaseBot.Casework.Meetings;

/// <summary>
/// Books, moves and cancels a case's meeting for its lead: the calendar first (idempotent by the booking key, so a retry after a failed
/// save finds the same event), then the case with its notices through <see cref="CaseChanges"/>. A calendar failure changes nothing.
/// A save that loses a race is tried on a fresh read: the same change still applies if the case still has this meeting (or already
/// has this very event); a case whose meetings moved on meanwhile is left as it is and the lead is told. Only the case's lead may do
/// any of it, and that is checked before the calendar is touched. Once a Teams meeting is booked or moved, CaseBot joins its chat with
/// the case's tab (<see cref="IMeetingChatSetup"/>, repeated on each move in case an earlier attempt failed); the booking stands
/// whether or not that works.
/// </summary>
public sealed class MeetingBookings(CaseChanges changes, IMeetingCalendar calendar, ICaseNotices notices, IMeetingChatSetup meetingChats, TimeProvider time)
{
    public async Task<BookingOutcome> BookAsync(CaseCaller caller, CriticalCase criticalCase, MeetingPlan plan, CancellationToken cancellationToken)
    {
        if (NotLead(caller, criticalCase) is { } refused)
        {
            return refused;
        }

        var number = criticalCase.NextMeetingNumber;
        BookedMeeting booked;
        try
        {
            booked = await calendar.BookAsync(plan, BookingKey.For(criticalCase.TenantId, criticalCase.Id, number), cancellationToken);
        }
        catch (MeetingCalendarException error)
        {
            return BookingOutcome.Failed(error.Message);
        }

        var outcome = await SaveAsync(caller, criticalCase.Id, booked.IcsFile, fresh =>
        {
            if (fresh.BookedMeeting is { } existing && existing.EventId == booked.EventId)
            {
                // The turn ran again after this very booking was saved.
                return CaseChange<BookingOutcome>.Unchanged(new(existing, booked.IcsFile, null));
            }

            if (fresh.NextMeetingNumber != number)
            {
                return CaseChange<BookingOutcome>.Unchanged(BookingOutcome.Changed());
            }

            var meeting = fresh.Book(plan, booked, time.GetUtcNow());
            return CaseChange<BookingOutcome>.Saved(new(meeting, booked.IcsFile, null), notices.ForBooking(fresh, meeting));
        }, cancellationToken);
        return await InMeetingChatAsync(criticalCase.Reference, outcome, cancellationToken);
    }

    public async Task<BookingOutcome> RescheduleAsync(
        CaseCaller caller, CriticalCase criticalCase, DateTimeOffset start, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (NotLead(caller, criticalCase) is { } refused)
        {
            return refused;
        }

        if (criticalCase.BookedMeeting is not { } current)
        {
            return BookingOutcome.Failed(CaseText.NoBookedMeeting);
        }

        BookedMeeting moved;
        try
        {
            moved = await calendar.RescheduleAsync(current.Plan.OrganiserAadObjectId, current.EventId, start, duration, cancellationToken);
        }
        catch (MeetingCalendarException error)
        {
            return BookingOutcome.Failed(error.Message);
        }

        var outcome = await SaveAsync(caller, criticalCase.Id, moved.IcsFile, fresh =>
        {
            if (fresh.BookedMeeting?.EventId != current.EventId)
            {
                return CaseChange<BookingOutcome>.Unchanged(BookingOutcome.Changed());
            }

            var meeting = fresh.Reschedule(start, duration, moved, time.GetUtcNow());
            return CaseChange<BookingOutcome>.Saved(new(meeting, moved.IcsFile, null), notices.ForReschedule(fresh, meeting));
        }, cancellationToken);
        return await InMeetingChatAsync(criticalCase.Reference, outcome, cancellationToken);
    }

    public async Task<BookingOutcome> CancelAsync(CaseCaller caller, CriticalCase criticalCase, string comment, CancellationToken cancellationToken)
    {
        if (NotLead(caller, criticalCase) is { } refused)
        {
            return refused;
        }

        if (criticalCase.BookedMeeting is not { } current)
        {
            return BookingOutcome.Failed(CaseText.NoBookedMeeting);
        }

        byte[]? ics;
        var notify = true;
        try
        {
            ics = (await calendar.CancelAsync(current.Plan.OrganiserAadObjectId, current.EventId, comment, cancellationToken)).IcsFile;
        }
        catch (MeetingCalendarException error) when (error.Failure == CalendarFailure.NotFound)
        {
            // Already gone from the calendar (cancelled in Outlook): the case should say so too, and the calendar has told everyone.
            (ics, notify) = (null, false);
        }
        catch (MeetingCalendarException error)
        {
            return BookingOutcome.Failed(error.Message);
        }

        return await SaveAsync(caller, criticalCase.Id, ics, fresh =>
        {
            if (fresh.BookedMeeting?.EventId != current.EventId)
            {
                return CaseChange<BookingOutcome>.Unchanged(BookingOutcome.Changed());
            }

            var meeting = fresh.CancelMeeting(time.GetUtcNow());
            return CaseChange<BookingOutcome>.Saved(new(meeting, ics, null), notify ? notices.ForCancellation(fresh, meeting) : []);
        }, cancellationToken);
    }

    // After the save, never instead of it: joining the chat is Graph's to fail without costing the booking.
    private async Task<BookingOutcome> InMeetingChatAsync(CaseReference reference, BookingOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome is { Succeeded: true, Meeting.ChatId: { } chat })
        {
            await meetingChats.SetUpAsync(chat, reference, cancellationToken);
        }

        return outcome;
    }

    private static BookingOutcome? NotLead(CaseCaller caller, CriticalCase criticalCase)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(criticalCase);
        return criticalCase.IsLead(caller.AadObjectId) && string.Equals(criticalCase.TenantId, caller.TenantId, StringComparison.OrdinalIgnoreCase)
            ? null
            : BookingOutcome.Failed(BookingText.OnlyLead);
    }

    private async Task<BookingOutcome> SaveAsync(
        CaseCaller caller, Guid caseId, byte[]? ics, Func<CriticalCase, CaseChange<BookingOutcome>> change, CancellationToken cancellationToken)
    {
        CaseChangeResult<BookingOutcome> result;
        try
        {
            result = await changes.ApplyAsync(caseId, caller, change, cancellationToken);
        }
        catch (CaseRuleException error)
        {
            return BookingOutcome.Failed(error.Message);
        }

        return result.Status switch
        {
            CaseChangeStatus.Saved or CaseChangeStatus.Unchanged => result.Result!,
            _ => BookingOutcome.Changed(),
        };
    }
}
