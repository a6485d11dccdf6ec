namespace CaseBot.Bot.Jobs;

/// <summary>One claimed run of a job: the period it is for (the UK date, yyyy-MM-dd), that date, and when it started.</summary>
public sealed record JobRun(string Job, string Period, DateOnly Day, DateTimeOffset StartedAt);
