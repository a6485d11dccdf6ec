using CaseBot.Cards.Model;
using CaseBot.Cards.Triage;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Booking;

/// <summary>Everything about the meeting before it is booked, for the organiser to check: facts, purpose, cost note and disclosure notice.</summary>
public static class MeetingPlanCard
{
    public static AdaptiveCard Build(MeetingPlan plan, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var body = new List<CardElement>
        {
            new TextBlock($"Check the {MeetingCatalogue.Name(plan.Type)} before booking") { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            MeetingPlanFacts.Build(plan, zone),
            new TextBlock("**Purpose**") { Spacing = Spacing.Medium },
            TextBlock.Plain(plan.Purpose) with { Wrap = true },
        };
        if (VenueCatalogue.CostNote(plan.Venue) is { } note)
        {
            body.Add(new TextBlock(note) { Wrap = true, Size = TextSize.Small, Spacing = Spacing.Medium });
        }

        body.Add(DisclosureBlock.Build());
        return new AdaptiveCard { FallbackText = $"Check the {MeetingCatalogue.Name(plan.Type)} for {plan.Reference.Value} before booking", Body = body };
    }
}
