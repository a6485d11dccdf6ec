using System.ComponentModel.DataAnnotations;
using CaseBot.Cases.AdviceLine;

namespace CaseBot.Bot.AdviceLine;

/// <summary>The OH advice line's contact details, its hours and the days it is closed besides weekends (section <c>AdviceLine</c>).</summary>
public sealed class AdviceLineOptions
{
    public const string SectionName = "AdviceLine";

    [Required]
    public string Phone { get; set; } = string.Empty;

    [Required]
    public string Email { get; set; } = string.Empty;

    /// <summary>When the line opens on a working day, UK time (HH:mm; default 08:00).</summary>
    public TimeOnly Opens { get; set; } = AdviceLineHours.DefaultOpens;

    /// <summary>When it closes, UK time (HH:mm; default 16:00); after <see cref="Opens"/>.</summary>
    public TimeOnly Closes { get; set; } = AdviceLineHours.DefaultCloses;

    /// <summary>Bank holidays and other closed days (yyyy-MM-dd).</summary>
    public List<DateOnly> ClosedDates { get; set; } = [];

    public AdviceLineHours ToHours()
        => new(TimeZoneInfo.FindSystemTimeZoneById(AdviceLineHours.UkTimeZoneId), Opens, Closes, ClosedDates);
}
