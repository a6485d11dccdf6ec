namespace CaseBot.Cases.Booking;

/// <summary>
/// Finds the earliest times every required attendee is free, within working hours. Candidate starts lie on a grid of
/// <c>step</c> from the start of each working day (09:00, 09:30, ...), so a slot never starts before "from" rounded up to the next
/// step; a slot must end by the end of the working day and overlap nobody's busy time. Pure: "from" is a parameter.
/// </summary>
public static class FreeSlotFinder
{
    public const int DefaultWorkingDays = 5;
    public const int DefaultMaxSlots = 6;
    /// <summary>Six weeks: the search window stays well inside the 62 days Graph's getSchedule accepts.</summary>
    public const int MaxWorkingDays = 30;

    public static TimeSpan DefaultStep { get; } = TimeSpan.FromMinutes(30);

    /// <param name="busyByAttendee">Each required attendee's busy times, keyed by anything (their email, say); the organiser included.</param>
    /// <param name="duration">How long the meeting lasts.</param>
    /// <param name="from">The earliest instant a slot may start (usually now).</param>
    /// <param name="hours">Working hours and closed dates.</param>
    /// <param name="workingDays">How many working days to search, counting the day of <paramref name="from"/> when it is one and its working hours are not over.</param>
    /// <param name="step">The spacing of candidate starts; default 30 minutes.</param>
    /// <param name="maxSlots">At most this many slots are returned, earliest first.</param>
    public static IReadOnlyList<TimeSlot> Find(IReadOnlyDictionary<string, IReadOnlyList<BusyInterval>> busyByAttendee, TimeSpan duration, DateTimeOffset from, WorkingHours hours, int workingDays = DefaultWorkingDays, TimeSpan? step = null, int maxSlots = DefaultMaxSlots)
    {
        ArgumentNullException.ThrowIfNull(busyByAttendee);
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSlots, 1);
        var spacing = step ?? DefaultStep;
        ArgumentOutOfRangeException.ThrowIfLessThan(spacing, TimeSpan.FromMinutes(1));

        var busy = busyByAttendee.Values.SelectMany(list => list ?? []).Where(b => b.End > b.Start).ToList();
        var slots = new List<TimeSlot>(maxSlots);
        foreach (var day in Days(from, hours, workingDays))
        {
            var open = hours.HoursOf(day);
            for (var start = open.Start; start + duration <= open.End; start += spacing)
            {
                var slot = new TimeSlot(start, start + duration);
                if (start < from || busy.Exists(b => slot.Overlaps(b.Start, b.End)))
                {
                    continue;
                }

                slots.Add(slot);
                if (slots.Count == maxSlots)
                {
                    return slots;
                }
            }
        }

        return slots;
    }

    /// <summary>
    /// The stretch of time <see cref="Find"/> looks at: from <paramref name="from"/> to the end of the last working day searched.
    /// Ask the calendar for busy times over exactly this window.
    /// </summary>
    public static TimeSlot SearchWindow(DateTimeOffset from, WorkingHours hours, int workingDays = DefaultWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var last = Days(from, hours, workingDays).Last();
        var end = hours.HoursOf(last).End;
        return new TimeSlot(from, end > from ? end : from);
    }

    private static IEnumerable<DateOnly> Days(DateTimeOffset from, WorkingHours hours, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, MaxWorkingDays);
        var today = hours.LocalDate(from);

        // Once today's working hours are over, today is not one of the days searched.
        var first = from < hours.HoursOf(today).End ? today : today.AddDays(1);
        return hours.WorkingDaysFrom(first, workingDays);
    }
}
