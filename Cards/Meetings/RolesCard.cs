using CaseBot.Cards.Model;
using CaseBot.Cases.Agenda;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Meetings;

/// <summary>
/// For one attendee: the policy's responsibilities of their own role, who else attends in which role (names are shown: the card
/// goes only to the attendees), and what Occupational Health can disclose at this type of meeting.
/// </summary>
public static class RolesCard
{
    public static AdaptiveCard Build(CriticalCase criticalCase, CaseMeeting meeting, Attendee recipient)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(recipient);
        var plan = meeting.Plan;
        var others = plan.Attendees.Where(a => !string.Equals(a.Email, recipient.Email, StringComparison.OrdinalIgnoreCase)).ToList();
        var title = MeetingCardText.RolesTitle(recipient.Role);
        var consent = plan.Type == MeetingType.CaseManagementMeeting ? AgendaText.CmmClinician : AgendaText.ConferenceClinician;
        return new AdaptiveCard
        {
            FallbackText = $"{title} ({criticalCase.Reference.Value})",
            Body =
            [
                new TextBlock(title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder },
                new TextBlock(MeetingCardText.CaseLine(criticalCase.Reference, plan.Type)) { IsSubtle = true, Spacing = Spacing.None },
                new TextBlock($"**{MeetingCardText.YourResponsibilities}**") { Spacing = Spacing.Medium },
                new TextBlock(Bullets(RoleResponsibilities.For(recipient.Role))),
                new TextBlock($"**{MeetingCardText.WhoElse}**") { Spacing = Spacing.Medium },
                others.Count > 0
                    ? new FactSet { Facts = [.. others.Select(a => new Fact(RoleCatalogue.Name(a.Role), MarkdownText.Inline(a.DisplayName)))] }
                    : new TextBlock(MeetingCardText.NoOneElse),
                new Container
                {
                    Style = ContainerStyle.Emphasis,
                    Spacing = Spacing.Medium,
                    Items =
                    [
                        new TextBlock($"**{MeetingCardText.Consent}**"),
                        new TextBlock(AgendaText.WhatCanBeDisclosed) { Size = TextSize.Small },
                        new TextBlock(consent) { Size = TextSize.Small },
                    ],
                },
            ],
        };
    }

    private static string Bullets(IEnumerable<string> lines) => string.Join("\n", lines.Select(l => "- " + l));
}
