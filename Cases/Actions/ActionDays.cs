namespace CaseBot.Cases.Actions;

/// <summary>The day that decides whether an action is due or overdue: the organisation's local date, not the server's or UTC's.</summary>
public static class ActionDays
{
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }
}
