namespace CaseBot.DialogEngine.Prompts;

/// <summary>
/// The hours a typed time most likely falls in, for a <see cref="DateTimePrompt"/>: "at 3" is 15:00 and "half nine" 09:30 when
/// the working day is 09:00 to 17:00, and the parts of the day are its clock times ("morning" is the start of the working day,
/// "lunchtime" 12:00, "afternoon" 14:00, "end of the day" an hour before it ends).
/// </summary>
public sealed record PreferredHours(TimeOnly Start, TimeOnly End)
{
    public static PreferredHours WorkingDay { get; } = new(new TimeOnly(9, 0), new TimeOnly(17, 0));

    public static TimeOnly Lunchtime { get; } = new(12, 0);

    public static TimeOnly Afternoon { get; } = new(14, 0);

    public TimeOnly EndOfDay => End.AddHours(-1);

    public bool Contains(TimeOnly time) => time >= Start && time < End;
}
