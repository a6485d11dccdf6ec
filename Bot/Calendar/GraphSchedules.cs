using CaseBot.Cases.Booking;
using Microsoft.Graph.Models;

namespace CaseBot.Bot.Calendar;

/// <summary>
/// Reads getSchedule answers as busy intervals. Busy, tentative, away and unknown count as busy; free and working elsewhere do not.
/// A schedule with an error (say, an address outside the tenant) cannot be read and adds nothing.
/// </summary>
internal static class GraphSchedules
{
    public const int ViewIntervalMinutes = 15;

    public static Dictionary<string, IReadOnlyList<BusyInterval>> Busy(IEnumerable<ScheduleInformation> schedules, DateTimeOffset windowStart, out int unreadable)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var busy = new Dictionary<string, IReadOnlyList<BusyInterval>>(StringComparer.OrdinalIgnoreCase);
        unreadable = 0;
        var index = 0;
        foreach (var schedule in schedules)
        {
            var key = schedule.ScheduleId ?? $"#{index}";
            index++;
            if (schedule.Error is not null)
            {
                unreadable++;
                continue;
            }

            busy[key] = schedule.ScheduleItems is { } items ? FromItems(items) : FromView(schedule.AvailabilityView, windowStart);
        }

        return busy;
    }

    private static List<BusyInterval> FromItems(IEnumerable<ScheduleItem> items)
        => [.. items
            .Where(i => i.Start is not null && i.End is not null && i.Status is not (FreeBusyStatus.Free or FreeBusyStatus.WorkingElsewhere))
            .Select(i => new BusyInterval(GraphTime.ToInstant(i.Start!), GraphTime.ToInstant(i.End!)))];

    // availabilityView: one digit per interval from the window's start: 0 free, 1 tentative, 2 busy, 3 away, 4 working elsewhere.
    private static List<BusyInterval> FromView(string? view, DateTimeOffset windowStart)
    {
        var step = TimeSpan.FromMinutes(ViewIntervalMinutes);
        return [.. (view ?? string.Empty)
            .Select((digit, i) => (digit, start: windowStart + (step * i)))
            .Where(x => x.digit is '1' or '2' or '3')
            .Select(x => new BusyInterval(x.start, x.start + step))];
    }
}
