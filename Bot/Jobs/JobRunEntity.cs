namespace CaseBot.Bot.Jobs;

/// <summary>
/// One run of a scheduled job for one period (e.g. the stuck-case check for 2026-11-25). The key is unique, so of several instances
/// only the one whose insert succeeds runs the job for that period.
/// </summary>
public sealed class JobRunEntity
{
    public required string Job { get; set; }

    public required string Period { get; set; }

    public required string Instance { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
