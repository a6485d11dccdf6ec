using CaseBot.Cards.Actions;
using CaseBot.Cards.Meetings;
using CaseBot.Cards.Model;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;

namespace CaseBot.Cards.Preparation;

/// <summary>
/// What the individual (or their representative, addressed to them) gets instead of the professionals' roles card when a Case
/// Conference is booked or moved: what to expect, in <see cref="PreparationText"/>'s plain words, and the optional questions of
/// <see cref="PreparationQuestionText"/>, filled in with their earlier answers, sent with <see cref="CardVerbs.PreparationAnswer"/>.
/// A cancelled or held meeting says so first and asks nothing.
/// </summary>
public static class PreparationCard
{
    /// <param name="criticalCase">The case.</param>
    /// <param name="meeting">Its Case Conference.</param>
    /// <param name="reader">The individual or their representative.</param>
    /// <param name="zone">The calendar's time zone.</param>
    /// <param name="answers">What they said before, to fill the questions in; null when nothing yet.</param>
    /// <param name="notice">A line at the top saying what just happened (their answers were sent, or why not).</param>
    public static AdaptiveCard Build(CriticalCase criticalCase, CaseMeeting meeting, Attendee reader, TimeZoneInfo zone, PreparationAnswers? answers = null, CardNotice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(zone);
        var plan = meeting.Plan;
        var role = reader.Role;
        var individual = Individual(plan);
        var organiser = Organiser(plan);
        var title = PreparationText.Title(role, individual);
        var booked = meeting.Status == MeetingStatus.Booked;
        var body = new List<CardElement>();
        if (notice is not null)
        {
            body.Add(NoticeBlock.Build(notice.Text, notice.IsRefusal));
        }

        if (!booked)
        {
            body.Add(NoticeBlock.Build(meeting.Status == MeetingStatus.Cancelled ? PreparationText.Cancelled : PreparationText.Held, refusal: meeting.Status == MeetingStatus.Cancelled));
        }

        body.Add(new TextBlock(title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder });
        body.Add(new TextBlock(PreparationText.Intro(role, individual)));
        body.Add(Heading(PreparationText.WhyHeading));
        body.Add(new TextBlock(PreparationText.Why(role)));
        body.Add(new TextBlock(PreparationText.PurposeIntro(organiser)) { Spacing = Spacing.Small });
        body.Add(TextBlock.Plain(plan.Purpose));
        body.Add(Heading(PreparationText.WhenHeading));
        body.Add(new FactSet { Facts = Facts(plan, role, zone) });
        if (booked && meeting.JoinUrl is not null)
        {
            body.Add(new TextBlock(PreparationText.JoinHint) { IsSubtle = true, Spacing = Spacing.Small });
        }

        body.Add(Heading(PreparationText.WhoHeading));
        body.Add(new TextBlock(Bullets(Who(plan, reader, individual))));
        body.Add(Heading(PreparationText.TalkHeading));
        body.Add(new TextBlock(Bullets(PreparationText.Talk(role))));
        body.Add(Heading(PreparationText.NotTalkHeading));
        body.Add(new TextBlock(PreparationText.NotTalk(role)));
        body.Add(Heading(PreparationText.NotesHeading));
        body.Add(new TextBlock(PreparationText.Notes));
        body.Add(Heading(PreparationText.BringHeading(role)));
        body.Add(new TextBlock(string.Join("\n", PreparationText.Bring(role, MarkdownText.Inline(individual)))));
        if (booked)
        {
            body.Add(Heading(PreparationText.ChangeHeading));
            body.Add(new TextBlock(PreparationText.Change(role, MarkdownText.Inline(organiser))));
            body.Add(PreparationQuestions.Build(role, individual, organiser, answers ?? PreparationAnswers.None));
        }

        return new AdaptiveCard
        {
            FallbackText = title,
            Body = body,
            Actions = booked ? Buttons(criticalCase, meeting) : null,
        };
    }

    /// <summary>The individual's name as the plan has it (for a representative's copy).</summary>
    public static string Individual(MeetingPlan plan)
        => plan.Attendees.FirstOrDefault(a => a.Role == Role.Individual)?.DisplayName ?? PlainRoles.Name(Role.Individual, Role.Representative);

    /// <summary>The organiser's name as the plan has it, or "The organiser".</summary>
    public static string Organiser(MeetingPlan plan)
        => plan.Attendees.FirstOrDefault(a => string.Equals(a.AadObjectId, plan.OrganiserAadObjectId, StringComparison.OrdinalIgnoreCase))?.DisplayName ?? PreparationCardText.TheOrganiser;

    private static TextBlock Heading(string text) => new($"**{text}**") { Spacing = Spacing.Medium };

    private static List<Fact> Facts(MeetingPlan plan, Role reader, TimeZoneInfo zone)
    {
        var where = PreparationText.Venue(plan.Venue, reader) + (plan.VenueDetail is { } detail ? $": {MarkdownText.Inline(detail)}" : string.Empty);
        return
        [
            new(PreparationText.Date, CardDates.LongDay(plan.Start, zone)),
            new(PreparationText.Time, $"{CardDates.TimeRange(plan.Start, plan.End, zone)}"),
            new(PreparationText.HowLong, DurationText.Format(plan.Duration)),
            new(PreparationText.Where, where),
        ];
    }

    // The reader first, then everyone else by name with what they are to the reader and what they are there to do.
    private static IEnumerable<string> Who(MeetingPlan plan, Attendee reader, string individual)
    {
        yield return $"**{PreparationText.YouName}**. {PlainRoles.You(reader.Role, MarkdownText.Inline(individual))}";
        foreach (var other in plan.Attendees.Where(a => !string.Equals(a.Email, reader.Email, StringComparison.OrdinalIgnoreCase)))
        {
            yield return $"**{MarkdownText.Inline(other.DisplayName)}**, {PlainRoles.Name(other.Role, reader.Role)}. {PlainRoles.Does(other.Role, reader.Role, MarkdownText.Inline(individual))}";
        }
    }

    private static string Bullets(IEnumerable<string> lines) => string.Join("\n", lines.Select(l => "- " + l));

    private static List<CardAction> Buttons(CriticalCase criticalCase, CaseMeeting meeting)
    {
        var buttons = new List<CardAction>
        {
            new ExecuteAction(PreparationQuestionText.Send, CardVerbs.PreparationAnswer)
            {
                Data = CardSerializer.Data(new CaseCardData(criticalCase.Id, meeting.Number)),
                AssociatedInputs = "auto",
                Style = ActionStyle.Positive,
            },
        };
        if (Uri.TryCreate(meeting.JoinUrl, UriKind.Absolute, out var join) && join.Scheme == Uri.UriSchemeHttps)
        {
            buttons.Add(new OpenUrlAction(PreparationText.Join, join));
        }

        return buttons;
    }
}
