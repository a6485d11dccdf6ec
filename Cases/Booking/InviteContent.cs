using CaseBot.Cases.Agenda;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Booking;

/// <summary>
/// Writes the invitation for a <see cref="MeetingPlan"/>. The subject carries the meeting type and case reference only. The body
/// states the purpose (the policy: why the meeting is called and what it must achieve "should have been communicated in any
/// invitation"), the expected duration ("must be communicated to all attendees with the invite"), the venue with the cost note for
/// an external one, an agenda outline, each attendee's role (not their name) and the disclosure notice.
/// </summary>
public static class InviteContent
{
    /// <param name="plan">The meeting.</param>
    /// <param name="agendaOutline">Agenda item titles; null for the policy's draft agenda.</param>
    public static Invite Build(MeetingPlan plan, IReadOnlyList<string>? agendaOutline = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var sections = Sections(plan, agendaOutline ?? DefaultOutline(plan));
        return new Invite(Subject(plan), InviteRenderer.Html(sections), InviteRenderer.Text(sections), Location(plan));
    }

    /// <summary>"Case Conference – HR-2026-0142".</summary>
    public static string Subject(MeetingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return MeetingCatalogue.Name(plan.Type) + InviteText.SubjectSeparator + plan.Reference.Value;
    }

    /// <summary>The venue's name, then its detail when given: "Occupational Health – Room 2".</summary>
    public static string Location(MeetingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var name = VenueCatalogue.Name(plan.Venue);
        return plan.VenueDetail is null ? name : name + InviteText.SubjectSeparator + plan.VenueDetail;
    }

    /// <summary>The titles of the policy's draft agenda for the plan's meeting type.</summary>
    public static IReadOnlyList<string> DefaultOutline(MeetingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. DraftAgenda.For(plan.Type, plan.Purpose, [], _ => string.Empty).Select(item => item.Title)];
    }

    private static List<InviteSection> Sections(MeetingPlan plan, IReadOnlyList<string> outline)
    {
        List<string> venue = [Location(plan)];
        if (VenueCatalogue.CostNote(plan.Venue) is { } note)
        {
            venue.Add(note);
        }

        var roles = plan.Attendees.OrderBy(a => a.Role).Select(a => RoleCatalogue.Name(a.Role)).ToList();
        var agenda = outline.Where(item => !string.IsNullOrWhiteSpace(item)).Select(item => item.Trim()).ToList();
        return
        [
            new(null, [InviteText.Intro(plan.Type, plan.Reference.Value)]),
            new(InviteText.PurposeHeading, [plan.Purpose]),
            new(null, [InviteText.ExpectedDuration(plan.Duration)]),
            new(InviteText.VenueHeading, venue),
            new(InviteText.AgendaHeading, agenda, InviteSectionStyle.NumberedList),
            new(InviteText.AttendeesHeading, roles, InviteSectionStyle.BulletList),
            new(InviteText.DisclosureHeading, [DisclosureNotice.Text]),
        ];
    }
}
