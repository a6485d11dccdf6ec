using System.Globalization;
using CaseBot.Cards.Model;
using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Escalation;
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
    /// <param name="forLead">True when the case's lead is looking: the card offers "Close the case" (or "Reopen the case" once closed).</param>
    public static AdaptiveCard Build(CaseStatus status, TimeZoneInfo displayZone, string adviceLineNow, bool forLead = false)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(displayZone);
        var title = StatusText.Title(status.Reference);
        var body = new List<CardElement>
        {
            new TextBlock(MarkdownText.Inline(title)) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(StatusText.Privacy) { IsSubtle = true, Spacing = Spacing.None, Size = TextSize.Small },
            new FactSet { Facts = [.. Facts(status, displayZone)] },
        };
        var lines = OpenActionLines(status);
        if (lines.Count > 0)
        {
            body.Add(new TextBlock(string.Join("\n", lines.Select(l => "- " + l))));
        }

        body.Add(new Container { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium, Items = [new TextBlock(adviceLineNow)] });
        if (forLead)
        {
            // The button only starts "close REF" or "reopen REF": the conversation says why not (open actions, a booked meeting) or asks the outcome.
            var (label, command) = status.Stage == CaseStage.Closed
                ? (StatusText.Reopen, $"reopen {status.Reference.Value}")
                : (StatusText.Close, $"close {status.Reference.Value}");
            body.Add(new ActionSet { Actions = [new SubmitAction(label) { Data = CardSerializer.Data(new { command }) }] });
        }

        return new AdaptiveCard { FallbackText = title, Body = body };
    }

    /// <summary>The card's rows (stage, meeting, date, lead, attendees, actions, last activity, next step): shown alike wherever a status is.</summary>
    public static IReadOnlyList<Fact> Facts(CaseStatus status, TimeZoneInfo displayZone)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(displayZone);
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

        facts.Add(new(StatusFacts.Escalation, Escalation(status.Tier ?? CaseTier.None, displayZone)));
        if (status.Outcome is { } outcome)
        {
            facts.Add(new(StatusFacts.Outcome, OutcomeCatalogue.Name(outcome)));
        }

        facts.Add(new(StatusFacts.NextStep, StatusText.NextStep(status.Stage, status.Meeting)));
        return facts;
    }

    /// <summary>"OH clinician: due 8 Dec 2026 (overdue)" per open action, earliest due first: owners' roles and dates, never descriptions.</summary>
    public static IReadOnlyList<string> OpenActionLines(CaseStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return [.. status.OpenActions.Select(a =>
            $"{RoleCatalogue.Name(a.OwnerRole)}: due {a.Due.ToString("d MMM yyyy", EnGb)}{(a.IsOverdue(status.Today) ? $" ({StatusText.Overdue})" : string.Empty)}")];
    }

    /// <summary>"Escalated, since 3 Dec 2026" or "Not escalated": a case's tier as every view shows it.</summary>
    public static string Escalation(CaseTier tier, TimeZoneInfo displayZone)
    {
        ArgumentNullException.ThrowIfNull(tier);
        return EscalationText.Standing(tier, TimeZoneInfo.ConvertTime(tier.Since, displayZone).ToString("d MMM yyyy", EnGb));
    }

    private static string When(DateTimeOffset at, TimeZoneInfo zone)
        => $"{TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM yyyy HH:mm", EnGb)} {StatusText.UkTime}";
}
