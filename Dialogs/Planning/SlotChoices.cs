using CaseBot.Cards.Booking;
using CaseBot.Cases.Answers;
using CaseBot.Cases.Booking;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.Dialogs.Planning;

/// <summary>
/// The free times offered as buttons: from the next working day (the agenda must reach people beforehand), at most two a day so
/// the choice spans several days, five in all, then "Another time".
/// </summary>
public static class SlotChoices
{
    public const string AnotherTime = "another";
    public const int Shown = 5;
    public const int PerDay = 2;

    /// <summary>Words for "none of these times": the manager will type one.</summary>
    private static IReadOnlyList<string> AnotherTimeWords { get; } =
    [
        .. AnswerWords.None, "another", "different time", "other time", "another day", "different day", "none suit", "none of them suit",
        "none work", "none of these work", "none of those work", "can't do any", "cannot do any", "something else", "my own time",
        "type a time", "later",
    ];

    /// <summary>The query for a meeting of <paramref name="duration"/>: everyone's free times from tomorrow, plenty to spread.</summary>
    public static SlotQuery Query(string organiserAadObjectId, string organiserEmail, IEnumerable<string> attendeeEmails, TimeSpan duration, DateTimeOffset now)
        => new(organiserAadObjectId, organiserEmail, [.. attendeeEmails], duration, now.AddDays(1), MaxSlots: 40);

    public static IReadOnlyList<Choice> For(IReadOnlyList<TimeSlot> slots, WorkingHours hours)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(hours);
        return
        [
            .. slots.GroupBy(s => hours.LocalDate(s.Start)).SelectMany(day => day.Take(PerDay)).Take(Shown)
                .Select(s => new Choice(s.Start.ToString("O"), MeetingTimes.Short(s.Start, hours.Zone))),
            new Choice(AnotherTime, PlanningText.AnotherTime, AnotherTimeWords),
        ];
    }
}
