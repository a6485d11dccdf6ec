using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Preparation;

/// <summary>
/// The reminder the individual (or their representative) gets before the meeting: when, where, who, what they asked for and whether
/// it is arranged. Plain English, passing <see cref="PlainEnglish"/>. Tests use the same strings.
/// </summary>
public static class PreparationReminderText
{
    public const string When = "When";
    public const string Where = "Where";
    public const string Who = "Who";
    public const string AskedForHeading = "What you asked for";

    /// <param name="day">"tomorrow", or the day's name when the meeting is after a weekend ("on Monday").</param>
    public static string Title(string day) => $"Your Case Conference is {day}";

    public static string Intro(Role reader, string individual)
        => PlainRoles.IsRepresentative(reader)
            ? $"This is a reminder about the meeting for {individual}. Here is what you need to know."
            : "This is a reminder about your meeting. Here is what you need to know.";

    public static string NothingAsked(string organiser)
        => $"You have not asked for anything. If something would help you take part, you can still tell {organiser} today.";

    public const string StillTime = "You can still change your answers today. Type **change** to see them.";

    /// <summary>"Breaks during the meeting: arranged."</summary>
    public static string Line(PreparationRequest request, bool arranged, string? who)
        => $"{PreparationQuestionText.Request(request)}{(who is not null && request is PreparationRequest.SupportPerson or PreparationRequest.Advocate ? $" ({who})" : string.Empty)}: " +
           $"{(arranged ? PreparationQuestionText.ArrangedMark : PreparationQuestionText.NotArrangedMark)}.";
}
