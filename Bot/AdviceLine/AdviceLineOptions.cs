using System.ComponentModel.DataAnnotations;

namespace CaseBot.Bot.AdviceLine;

/// <summary>The OH advice line's contact details and the days it is closed besides weekends (section <c>AdviceLine</c>).</summary>
public sealed class AdviceLineOptions
{
    public const string SectionName = "AdviceLine";

    [Required]
    public string Phone { get; set; } = string.Empty;

    [Required]
    public string Email { get; set; } = string.Empty;

    /// <summary>Bank holidays and other closed days (yyyy-MM-dd).</summary>
    public List<DateOnly> ClosedDates { get; set; } = [];
}
