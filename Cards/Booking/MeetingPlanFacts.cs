using CaseBot.Cards.Model;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Booking;

/// <summary>The facts of a meeting plan shown to its organiser: type, time, length, venue and who attends in which role.</summary>
internal static class MeetingPlanFacts
{
    public static FactSet Build(MeetingPlan plan, TimeZoneInfo zone, string? joinUrl = null)
    {
        var facts = new List<Fact>
        {
            new("Case", MarkdownText.Inline(plan.Reference.Value)),
            new("Meeting", MeetingCatalogue.Name(plan.Type)),
            new("When", MeetingTimes.Span(plan.Start, plan.End, zone)),
            new("Duration", DurationText.Format(plan.Duration)),
            new("Venue", plan.VenueDetail is null ? VenueCatalogue.Name(plan.Venue) : $"{VenueCatalogue.Name(plan.Venue)}: {MarkdownText.Inline(plan.VenueDetail)}"),
        };
        if (joinUrl is not null)
        {
            facts.Add(new("Online", "Teams meeting (link in the invite)"));
        }

        facts.AddRange(plan.Attendees.Select(a => new Fact(RoleCatalogue.Name(a.Role), plan.IsOrganiser(a) ? $"{MarkdownText.Inline(a.DisplayName)} (organiser)" : MarkdownText.Inline(a.DisplayName))));
        return new FactSet { Facts = facts };
    }
}
