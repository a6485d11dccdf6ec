using System.Globalization;
using CaseBot.Cards.Model;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Status;

/// <summary>
/// A case's status at a glance, for OH advice-line staff, admins and the case's own people: stage, meeting type and date, the
/// lead's role, attendees' roles, open and overdue actions by owner role, last activity and next step, and whether the advice line
/// is open. Built from <see cref="CaseStatus"/>, which holds no triage answers or free text.
/// </summary>
public static class StatusCard
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="status">What to show.</param>
    /// <param name="displayZone">UK time, for dates.</param>
    /// <param name="adviceLineNow">The advice line's open/closed line (<c>AdviceLineHours.Describe</c>).</param>
    public static AdaptiveCard Build(CaseStatus status, TimeZoneInfo displayZone, string adviceLineNow)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(displayZone);
        var title = StatusText.Title(status.Reference);
        var open = status.OpenActions;
        var facts = new List<Fact>
        {
            new(StatusFacts.Stage, StatusText.Stage(status.Stage)),
            new(StatusFacts.Meeting, MeetingCatalogue.Name(status.Meeting)),
            new(StatusFacts.MeetingDate, status.MeetingAt is { } at ? When(at, displayZone) : StatusText.NotBooked),
            new(StatusFacts.Lead, RoleCatalogue.Name(status.LeadRole)),
            new(StatusFacts.Attendees, status.AttendeeRoles.Count > 0 ? string.Join(", ", status.AttendeeRoles.Distinct().Select(RoleCatalogue.Name)) : StatusText.NoAttendees),
            new(StatusFacts.Actions, status.Actions.Count == 0 ? StatusText.NoActions
                : open.Count == 0 ? StatusText.AllActionsDone : StatusText.Actions(open.Count, status.OverdueCount)),
        };
        if (status.LastActivityAt is { } last && status.LastActivityKind is { } kind)
        {
            facts.Add(new(StatusFacts.LastActivity, $"{StatusText.Activity(kind)}, {When(last, displayZone)}"));
        }

        facts.Add(new(StatusFacts.NextStep, StatusText.NextStep(status.Stage, status.Meeting)));
        var body = new List<CardElement>
        {
            new TextBlock(title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(StatusText.Privacy) { IsSubtle = true, Spacing = Spacing.None, Size = TextSize.Small },
            new FactSet { Facts = facts },
        };
        if (open.Count > 0)
        {
            body.Add(new TextBlock(string.Join("\n", open.Select(a =>
                $"- {RoleCatalogue.Name(a.OwnerRole)}: due {a.Due.ToString("d MMM yyyy", EnGb)}{(a.IsOverdue(status.Today) ? $" ({StatusText.Overdue})" : string.Empty)}"))));
        }

        body.Add(new Container { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium, Items = [new TextBlock(adviceLineNow)] });
        return new AdaptiveCard { FallbackText = title, Body = body };
    }

    private static string When(DateTimeOffset at, TimeZoneInfo zone)
        => $"{TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM yyyy HH:mm", EnGb)} {StatusText.UkTime}";
}
