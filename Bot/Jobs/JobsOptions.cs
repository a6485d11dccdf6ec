using System.ComponentModel.DataAnnotations;

namespace CaseBot.Bot.Jobs;

/// <summary>
/// The scheduled jobs (section <c>Jobs</c>): how often the runner wakes, when each daily job runs (UK time), and how long an unfinished
/// run keeps its period before another instance may take it over.
/// </summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>False stops every scheduled job in this instance (e.g. for a read-only replica).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the runner checks whether a job is due.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A run that has not finished after this long is presumed dead (its instance stopped) and may be run again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>UK time after which the overdue-action reminders go, on working days.</summary>
    public TimeOnly RemindersAt { get; set; } = new(7, 0);

    /// <summary>UK time after which the stuck-case check runs, on working days.</summary>
    public TimeOnly StuckCasesAt { get; set; } = new(7, 30);

    /// <summary>UK time after which closed cases past their retention period are purged, every day.</summary>
    public TimeOnly RetentionAt { get; set; } = new(3, 0);

    /// <summary>How long the claim that an activity was processed is kept; a channel's retries come within minutes.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan RedeliveryClaimLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>This instance's name in the JobRuns table; defaults to machine name, process id and a random suffix.</summary>
    [MaxLength(128)]
    public string? InstanceName { get; set; }
}
