using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.Booking;

namespace CaseBot.Bot.Calendar;

/// <summary>
/// When meetings may be proposed (section <c>Calendar</c>): 09:00 to 17:00 Europe/London on weekdays by default. ClosedDates
/// (yyyy-MM-dd) default to AdviceLine:ClosedDates, the organisation's bank holidays, when not given here.
/// </summary>
public sealed class MeetingCalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>An IANA (or Windows) time zone id.</summary>
    public string TimeZone { get; set; } = AdviceLineHours.UkTimeZoneId;

    public TimeOnly WorkdayStart { get; set; } = WorkingHours.DefaultStart;

    public TimeOnly WorkdayEnd { get; set; } = WorkingHours.DefaultEnd;

    public List<DateOnly> ClosedDates { get; set; } = [];

    public WorkingHours ToWorkingHours() => new(TimeZoneInfo.FindSystemTimeZoneById(TimeZone), WorkdayStart, WorkdayEnd, ClosedDates);

    internal bool HasKnownTimeZone() => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _);
}
