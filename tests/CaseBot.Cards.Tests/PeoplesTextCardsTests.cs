using CaseBot.Cards.Actions;
using CaseBot.Cards.Booking;
using CaseBot.Cards.Meetings;
using CaseBot.Cards.Model;
using CaseBot.Cards.Records;
using CaseBot.Cards.Tests.Support;
using CaseBot.Cards.Triage;
using CaseBot.Cases.Actions;
using static CaseBot.Cards.Tests.Support.HostileCases;

namespace CaseBot.Cards.Tests;

/// <summary>
/// Every card that shows people's text, built with Markdown in each of those fields, rendered by the official library with markdown-it:
/// no link, no markup, the typed characters on show, and the card still valid.
/// </summary>
public sealed class PeoplesTextCardsTests
{
    // Markup CaseBot's own text never uses, so any of it in a card came from people's text.
    private static readonly string[] ForeignTags = ["<a ", "<em>", "<code>", "<del>", "<s>", "<img", "<blockquote>", "<h1", "<h2", "<h3", "<h4", "<h5", "<h6"];

    public static IReadOnlyDictionary<string, (AdaptiveCard Card, string[] Shows)> Cards()
    {
        var booked = Booked();
        var meeting = booked.BookedMeeting!;
        var held = Held();
        var record = held.LatestRecord!;
        var today = AttendeeCases.Today;
        var zone = AttendeeCases.Uk;
        var facts = new[] { "_venue_", "**Morgan**", "__Olive__" };
        return new Dictionary<string, (AdaptiveCard, string[])>
        {
            ["hostile-plan"] = (MeetingPlanCard.Build(Plan(Open()), zone), [Link + " **purpose**", "# heading", "- listed", "1. numbered", .. facts]),
            ["hostile-booked"] = (MeetingBookedCard.Build(meeting, zone, invitesSent: false), facts),
            ["hostile-agenda"] = (AgendaCard.Build(booked, meeting, zone, forLead: true), [Link + " **purpose**", "_venue_", KeyDate]),
            ["hostile-roles"] = (RolesCard.Build(booked, meeting, AttendeeCases.Caseworker), [ManagerName, ClinicianName]),
            ["hostile-record"] = (RecordSummaryCard.ForViewer(held, record, zone, AttendeeCases.ManagerId), [Decision, "# not a heading", ActionDescription, ClinicianName, Correction]),
            ["hostile-actions"] = (ActionListCard.ForViewer(held, today, AttendeeCases.ClinicianId), [ActionDescription, ClinicianName]),
            ["hostile-my-actions"] = (MyActionsCard.Build(MyAction.OpenFor([held], AttendeeCases.ClinicianId), today), [ActionDescription]),
            ["hostile-opened"] = (CaseOpenedCard.Build(Open(), zone, "Next: plan the meeting."), [OverrideReason, KeyDate]),
            ["hostile-recommendation"] = (RecommendationCard.Build(Recommendation, AttendeeCases.Reference), [OtherTrigger]),
        };
    }

    [Fact]
    public async Task Render_MarkdownInEveryPeoplesTextField_ShowsTheCharactersAndNoLinkOrMarkup()
    {
        var problems = new List<string>();
        await using var sut = await CardRenderer.StartAsync();

        foreach (var (name, (card, shows)) in Cards())
        {
            var text = await sut.RenderAsync(name, card);
            var html = await sut.HtmlAsync();
            problems.AddRange(ForeignTags.Where(tag => html.Contains(tag, StringComparison.Ordinal)).Select(tag => $"{name}: renders {tag}"));
            problems.AddRange(shows.Where(typed => !text.Contains(typed, StringComparison.Ordinal)).Select(typed => $"{name}: does not show {typed}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Validate_MarkdownInEveryPeoplesTextField_HasNoEvents()
        => await CardValidator.AssertValidAsync(Cards().ToDictionary(c => c.Key, c => c.Value.Card));
}
