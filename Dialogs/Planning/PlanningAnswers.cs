using CaseBot.Cases;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using static CaseBot.Dialogs.Root.Answer;

namespace CaseBot.Dialogs.Planning;

/// <summary>
/// What planning has found and been told so far, kept in the planning dialog's state between turns; null = not answered yet.
/// The case and its meeting type are found by the first step; the rest are the organiser's answers, in the order asked.
/// </summary>
internal sealed record PlanningAnswers
{
    public Guid? CaseId { get; init; }

    /// <summary>The meeting the case needs next; it decides who may attend and where it may be held.</summary>
    public MeetingType? Type { get; init; }

    /// <summary>The referring manager, found in the directory or named by their email; the meeting goes on their calendar.</summary>
    public Attendee? Organiser { get; init; }

    /// <summary>Everyone else invited so far, in the order given.</summary>
    public IReadOnlyList<Attendee> Attendees { get; init; } = [];

    public string? Purpose { get; init; }

    public TimeSpan? Duration { get; init; }

    public Venue? Venue { get; init; }

    /// <summary>The room or address; null when the meeting is online only or the organiser skipped it.</summary>
    public string? VenueDetail { get; init; }

    public DateTimeOffset? Start { get; init; }

    public bool MayAttend(Role role) => Attendance.Allows(Given(Type), role);

    /// <summary>The addresses already invited, the organiser's included.</summary>
    public IReadOnlyList<string> Taken()
        => [.. Attendees.Select(a => a.Email).Prepend(Organiser?.Email ?? string.Empty).Where(e => e.Length > 0)];

    /// <summary>These answers with <paramref name="attendee"/> invited too; unchanged when there is none or they are invited already.</summary>
    public PlanningAnswers Adding(Attendee? attendee)
        => attendee is null || Taken().Contains(attendee.Email, StringComparer.OrdinalIgnoreCase) ? this : this with { Attendees = [.. Attendees, attendee] };

    /// <summary>The plan to check and book; the domain applies the policy, and throws <see cref="CaseRuleException"/> where it is not met.</summary>
    public MeetingPlan Plan(CaseReference reference, string organiserAadObjectId)
    {
        var organiser = Given(Organiser);
        return MeetingPlan.Create(
            reference, Given(Type), [organiser, .. Attendees], Purpose ?? string.Empty, Given(Duration), Given(Venue), VenueDetail, Given(Start),
            organiserAadObjectId, organiser.Email);
    }
}
