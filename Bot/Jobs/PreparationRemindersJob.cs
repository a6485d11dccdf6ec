using CaseBot.Cards.Preparation;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Changes;
using Microsoft.Extensions.Options;

namespace CaseBot.Bot.Jobs;

/// <summary>
/// Working days at <see cref="JobsOptions.RemindersAt"/>: for each Case Conference on the next working day (a Monday meeting is
/// reminded on Friday), the individual and their representative get a short plain reminder and the lead the requests still open;
/// once a day per case (the case records it privately; the notices' dedup keys hold the date if a run is repeated). Days are the
/// organisation's (UK time, <see cref="AdviceLineHours"/>).
/// </summary>
internal sealed partial class PreparationRemindersJob(
    ICaseRepository cases, CaseChanges changes, AdviceLineHours hours, TimeProvider time, IOptions<JobsOptions> options,
    ILogger<PreparationRemindersJob> logger) : IScheduledJob
{
    public const string JobName = "PreparationReminders";
    public const string Actor = "job:preparation-reminders";

    private static readonly CaseStage[] Stages = [CaseStage.MeetingBooked];

    public string Name => JobName;

    public DailySchedule Schedule => new(options.Value.RemindersAt, WorkingDaysOnly: true);

    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var next = NextWorkingDay(run.Day);
        var reminded = 0;
        await foreach (var found in cases.ListByStageAsync(Stages, cancellationToken))
        {
            if (found.PreparationReminderDue(run.Day, next, LocalDay) is not null)
            {
                reminded += await RemindAsync(found, run.Day, next, cancellationToken);
            }
        }

        LogReminded(logger, reminded, run.Period);
    }

    private async Task<int> RemindAsync(CriticalCase criticalCase, DateOnly today, DateOnly next, CancellationToken cancellationToken)
    {
        var result = await changes.ApplyAsync(criticalCase, Actor, current =>
        {
            if (current.PreparationReminderDue(today, next, LocalDay) is not { } meeting)
            {
                return CaseChange<int>.Unchanged(0);
            }

            var sent = PreparationReminders.For(current, meeting, today, hours.Zone).ToList();
            current.MarkPreparationReminded(time.GetUtcNow());
            return CaseChange<int>.Saved(1, sent);
        }, cancellationToken);
        if (result.Status == CaseChangeStatus.Conflict)
        {
            LogGaveUp(logger, criticalCase.Id, CaseChanges.MaxAttempts);
        }

        return result.Status == CaseChangeStatus.Saved ? result.Result : 0;
    }

    private DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, hours.Zone).DateTime);

    // Bounded: a fortnight of closed days would be a misconfiguration, and the meeting is then reminded the day before.
    private DateOnly NextWorkingDay(DateOnly day)
    {
        var next = day.AddDays(1);
        for (var i = 0; i < 14 && !hours.IsWorkingDay(next); i++)
        {
            next = next.AddDays(1);
        }

        return hours.IsWorkingDay(next) ? next : day.AddDays(1);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Preparation reminders for {Period}: {Count} cases reminded")]
    private static partial void LogReminded(ILogger logger, int count, string period);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId} kept changing during {Attempts} attempts to send preparation reminders; left for tomorrow")]
    private static partial void LogGaveUp(ILogger logger, Guid caseId, int attempts);
}
