using CaseBot.Cards.Actions;
using CaseBot.Cards.Model;
using CaseBot.Cards.Triage;
using CaseBot.Cases.Agenda;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;

namespace CaseBot.Cards.Meetings;

/// <summary>
/// Sent to every attendee before the meeting: type, case, date and time in the organisation's zone, duration, venue (with the
/// policy's cost note for an external venue), the roles attending (no names), the join link, the purpose, the policy's draft agenda
/// with the case's chronology as key dates and the CMM/conference consent difference, and the disclosure notice. While the meeting
/// is booked the lead's copy also offers "Record the meeting" (<see cref="CardVerbs.RecordOpen"/>); a cancelled or held meeting says
/// so first and offers no buttons. The card refreshes (<see cref="CardVerbs.AgendaRefresh"/>), so one shared copy can be updated for
/// everyone and each viewer still gets their own buttons.
/// </summary>
public static class AgendaCard
{
    /// <param name="criticalCase">The case.</param>
    /// <param name="meeting">One of its meetings.</param>
    /// <param name="zone">The organisation's time zone, for the date, time and key dates.</param>
    /// <param name="forLead">True for the lead's copy, with "Record the meeting" while the meeting is booked.</param>
    public static AdaptiveCard Build(CriticalCase criticalCase, CaseMeeting meeting, TimeZoneInfo zone, bool forLead = false)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(zone);
        var plan = meeting.Plan;
        var title = MeetingCardText.AgendaTitle(plan.Type);
        var body = new List<CardElement>
        {
            new TextBlock(title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(MeetingCardText.CaseLine(criticalCase.Reference, plan.Type)) { IsSubtle = true, Spacing = Spacing.None },
            new FactSet { Facts = Facts(plan, zone) },
        };
        if (VenueCatalogue.CostNote(plan.Venue) is { } costNote)
        {
            body.Add(new TextBlock(costNote) { IsSubtle = true, Size = TextSize.Small });
        }

        body.Add(new TextBlock($"**{MeetingCardText.Purpose}**") { Spacing = Spacing.Medium });
        body.Add(TextBlock.Plain(plan.Purpose));
        body.Add(new TextBlock($"**{MeetingCardText.Agenda}**") { Spacing = Spacing.Medium });
        var agenda = DraftAgenda.For(plan.Type, plan.Purpose, criticalCase.Chronology, at => CardDates.DayAndTime(at, zone));
        body.AddRange(agenda.SelectMany((item, index) => Item(index + 1, item)));
        body.AddRange(SharedPoints(criticalCase, meeting));
        body.Add(DisclosureBlock.Build());
        if (forLead && meeting.Status == MeetingStatus.Booked)
        {
            body.Add(new TextBlock(MeetingCardText.RecordHint) { IsSubtle = true, Spacing = Spacing.Medium });
        }

        var booked = meeting.Status == MeetingStatus.Booked;
        return new AdaptiveCard
        {
            FallbackText = $"{title} ({criticalCase.Reference.Value})",
            Body = booked ? body : [NoticeBlock.Build(meeting.Status == MeetingStatus.Cancelled ? MeetingCardText.Cancelled : MeetingCardText.Held, refusal: meeting.Status == MeetingStatus.Cancelled), .. body],
            Actions = booked ? Buttons(criticalCase, meeting, forLead) : null,
            Refresh = new CardRefresh
            {
                Action = new ExecuteAction(MeetingCardText.Refresh, CardVerbs.AgendaRefresh) { Data = CardSerializer.Data(new CaseCardData(criticalCase.Id, meeting.Number)) },
            },
        };
    }

    // The points the individual (or their representative) chose to share with everyone at the meeting, in their own words; never the rest of what they said.
    private static IEnumerable<CardElement> SharedPoints(CriticalCase criticalCase, CaseMeeting meeting)
    {
        foreach (var preparation in criticalCase.PreparationsFor(meeting.Number))
        {
            if (preparation.Answers.AgendaPoints is { } points)
            {
                yield return new TextBlock($"**{PreparationText.AgendaPointsTitle(preparation.RespondentRole)}**") { Spacing = Spacing.Medium };
                yield return TextBlock.Plain(points);
            }
        }
    }

    private static List<Fact> Facts(MeetingPlan plan, TimeZoneInfo zone)
    {
        var venue = VenueCatalogue.Name(plan.Venue) + (plan.VenueDetail is { } detail ? $": {MarkdownText.Inline(detail)}" : string.Empty);
        return
        [
            new(MeetingCardText.Date, CardDates.LongDay(plan.Start, zone)),
            new(MeetingCardText.Time, CardDates.TimeRange(plan.Start, plan.End, zone)),
            new(MeetingCardText.Duration, DurationText.Format(plan.Duration)),
            new(MeetingCardText.Venue, venue),
            new(MeetingCardText.Attending, string.Join(", ", plan.Attendees.Select(a => RoleCatalogue.Name(a.Role)))),
        ];
    }

    private static IEnumerable<CardElement> Item(int number, AgendaItem item)
    {
        yield return new TextBlock(MeetingCardText.AgendaHeading(number, item.Title)) { Weight = TextWeight.Bolder, Spacing = Spacing.Small };
        // A point ending with ':' introduces the bullets after it (the key dates): it is a line of its own, not a bullet.
        var bullets = new List<string>();
        foreach (var point in item.Points)
        {
            if (point.EndsWith(':'))
            {
                if (bullets.Count > 0)
                {
                    yield return Bullets(bullets);
                    bullets = [];
                }

                yield return new TextBlock(MarkdownText.Inline(point)) { Spacing = Spacing.None };
            }
            else
            {
                bullets.Add(point);
            }
        }

        if (bullets.Count > 0)
        {
            yield return Bullets(bullets);
        }
    }

    // The points are plain text (the purpose and key dates are people's words): only the bullets are Markdown.
    private static TextBlock Bullets(IEnumerable<string> lines) => new(string.Join("\n", lines.Select(l => "- " + MarkdownText.Inline(l)))) { Spacing = Spacing.None };

    private static List<CardAction>? Buttons(CriticalCase criticalCase, CaseMeeting meeting, bool forLead)
    {
        var buttons = new List<CardAction>();
        if (Link(meeting.JoinUrl) is { } join)
        {
            buttons.Add(new OpenUrlAction(MeetingCardText.Join, join) { Style = ActionStyle.Positive });
        }

        if (Link(meeting.WebLink) is { } web)
        {
            buttons.Add(new OpenUrlAction(MeetingCardText.OpenInOutlook, web));
        }

        if (forLead)
        {
            buttons.Add(new ExecuteAction(MeetingCardText.RecordMeeting, CardVerbs.RecordOpen) { Data = CardSerializer.Data(new CaseCardData(criticalCase.Id, meeting.Number)) });
        }

        return buttons.Count > 0 ? buttons : null;
    }

    // Only absolute https links become buttons: the calendar gives those, and anything else is not worth a click.
    private static Uri? Link(string? url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri : null;
}
