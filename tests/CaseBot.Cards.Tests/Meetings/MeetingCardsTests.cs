using CaseBot.Cards.Actions;
using CaseBot.Cards.Meetings;
using CaseBot.Cards.Model;
using CaseBot.Cards.Tests.Support;
using CaseBot.Cases.Agenda;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Tests.Meetings;

/// <summary>The agenda and roles cards: accepted by the official library, rendered in the Teams host config, and saying what the policy says.</summary>
public sealed class MeetingCardsTests
{
    public static IReadOnlyDictionary<string, AdaptiveCard> Cards()
    {
        var conference = AttendeeCases.Booked();
        var cmm = AttendeeCases.Booked(MeetingType.CaseManagementMeeting);
        var cancelled = AttendeeCases.Booked();
        var held = AttendeeCases.Held();
        return new Dictionary<string, AdaptiveCard>
        {
            ["agenda-cancelled"] = AgendaCard.Build(cancelled, cancelled.CancelMeeting(AttendeeCases.Opened.AddDays(6)), AttendeeCases.Uk, forLead: true),
            ["agenda-held-lead"] = AgendaCard.Build(held, held.Meetings[0], AttendeeCases.Uk, forLead: true),
            ["agenda-conference-lead"] = AgendaCard.Build(conference, conference.BookedMeeting!, AttendeeCases.Uk, forLead: true),
            ["agenda-cmm-attendee"] = AgendaCard.Build(cmm, cmm.BookedMeeting!, AttendeeCases.Uk),
            ["roles-clinician-conference"] = RolesCard.Build(conference, conference.BookedMeeting!, AttendeeCases.Clinician),
            ["roles-manager-cmm"] = RolesCard.Build(cmm, cmm.BookedMeeting!, AttendeeCases.Manager),
        };
    }

    [Fact]
    public async Task Validate_EveryMeetingCard_HasNoEvents() => await CardValidator.AssertValidAsync(Cards());

    [Fact]
    public void Snapshot_EveryMeetingCard_MatchesTheCheckedInJson() => CardSnapshots.AssertMatch(Cards());

    [Fact]
    public async Task Render_EveryMeetingCard_InTeamsLightHostConfig()
        => await CardRenderer.AssertEveryCardRendersAsync(Cards());

    [Fact]
    public async Task Render_ConferenceAgenda_ShowsWhenWhereHowLongWhyAndTheAgenda()
    {
        await using var renderer = await CardRenderer.StartAsync();

        var text = await renderer.RenderAsync("agenda-conference-check", Cards()["agenda-conference-lead"]);

        Assert.Contains("Case Conference: agenda", text, StringComparison.Ordinal);
        Assert.Contains("Monday 1 June 2026", text, StringComparison.Ordinal);
        Assert.Contains("10:00 to 11:30 (UK time)", text, StringComparison.Ordinal);
        Assert.Contains("1 hour 30 minutes", text, StringComparison.Ordinal);
        Assert.Contains("A neutral venue: Room 2, Civic Centre", text, StringComparison.Ordinal);
        Assert.Contains("Agree workplace adjustments and a return-to-work plan.", text, StringComparison.Ordinal);
        Assert.Contains(AgendaText.ConferenceClinician, text, StringComparison.Ordinal);
        Assert.Contains(DisclosureNotice.Text, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Agenda_NeutralVenue_CarriesTheCostNote()
    {
        var texts = Texts(Cards()["agenda-conference-lead"]);

        Assert.Contains(MeetingText.ExternalVenueCostNote, texts);
    }

    [Fact]
    public void Agenda_WorkBase_HasNoCostNote()
    {
        var texts = Texts(Cards()["agenda-cmm-attendee"]);

        Assert.DoesNotContain(MeetingText.ExternalVenueCostNote, texts);
    }

    [Fact]
    public void Agenda_AnyMeeting_ListsTheSixAgendaItemsInOrder()
    {
        var headings = Texts(Cards()["agenda-cmm-attendee"]).Where(t => t.Length > 2 && char.IsDigit(t[0]) && t[1] == '.').ToList();

        Assert.Equal(
            [
                "1. " + AgendaText.Introductions, "2. " + AgendaText.RolesAndConsent, "3. " + AgendaText.WhyCalled,
                "4. " + AgendaText.CurrentSituation, "5. " + AgendaText.EachIssue, "6. " + AgendaText.Summary,
            ],
            headings);
    }

    [Fact]
    public void Agenda_Cmm_SaysTheClinicianGivesGenericInformationOnly()
    {
        var texts = string.Join("\n", Texts(Cards()["agenda-cmm-attendee"]));

        Assert.Contains(AgendaText.CmmClinician, texts, StringComparison.Ordinal);
        Assert.DoesNotContain(AgendaText.ConferenceClinician, texts, StringComparison.Ordinal);
    }

    [Fact]
    public void Agenda_KeyDates_ListTheChronologyInUkTime()
    {
        var texts = Texts(Cards()["agenda-conference-lead"]);

        Assert.Contains(AgendaText.KeyDates, texts);
        Assert.Contains(texts, t => t.Contains($"- 23 May 2026 10:00: {AttendeeCases.KeyDate}", StringComparison.Ordinal));
    }

    [Fact]
    public void Agenda_Attending_ListsRolesNotNames()
    {
        var card = Cards()["agenda-conference-lead"];
        var json = CardSerializer.ToJson(card);

        Assert.Equal("Referring Manager, OH Clinician, EPS Caseworker, Individual", Fact(card, MeetingCardText.Attending));
        Assert.DoesNotContain("Olive", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Isla", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Agenda_WithJoinUrl_OffersTheJoinLink()
    {
        var join = Assert.IsType<OpenUrlAction>(Cards()["agenda-conference-lead"].Actions![0]);

        Assert.Equal(MeetingCardText.Join, join.Title);
        Assert.Equal(new Uri(AttendeeCases.JoinUrl), join.Url);
    }

    [Fact]
    public void Agenda_ForLead_OffersRecordTheMeetingWithCaseAndMeetingNumber()
    {
        var conference = AttendeeCases.Booked();

        var card = AgendaCard.Build(conference, conference.BookedMeeting!, AttendeeCases.Uk, forLead: true);

        var record = Assert.IsType<ExecuteAction>(card.Actions!.Single(a => a.Title == MeetingCardText.RecordMeeting));
        Assert.Equal(CardVerbs.RecordOpen, record.Verb);
        Assert.Equal($$"""{"caseId":"{{conference.Id}}","meetingNumber":1}""", record.Data!.Value.GetRawText());
    }

    [Fact]
    public void Agenda_ForAttendeeWithoutJoinUrl_HasNoButtons()
    {
        Assert.Null(Cards()["agenda-cmm-attendee"].Actions);
    }

    [Fact]
    public void Agenda_Cancelled_SaysSoFirstAndOffersNoButtons()
    {
        var card = Cards()["agenda-cancelled"];

        Assert.Equal(MeetingCardText.Cancelled, Texts(card)[0]);
        Assert.Equal(ContainerStyle.Attention, Assert.IsType<Container>(card.Body[0]).Style);
        Assert.Null(card.Actions);
    }

    [Fact]
    public void Agenda_HeldForLead_SaysHeldAndNoLongerOffersRecordTheMeeting()
    {
        var card = Cards()["agenda-held-lead"];

        Assert.Equal(MeetingCardText.Held, Texts(card)[0]);
        Assert.Null(card.Actions);
        Assert.DoesNotContain(MeetingCardText.RecordHint, Texts(card));
    }

    [Fact]
    public void Agenda_AnyState_RefreshesWithCaseAndMeetingNumber()
    {
        var refresh = Assert.IsType<ExecuteAction>(Cards()["agenda-cmm-attendee"].Refresh!.Action);

        Assert.Equal(CardVerbs.AgendaRefresh, refresh.Verb);
        Assert.Equal($$"""{"caseId":"{{AttendeeCases.CaseId}}","meetingNumber":1}""", refresh.Data!.Value.GetRawText());
    }

    [Fact]
    public void Roles_Clinician_SeesOwnResponsibilitiesAndTheOthersByRoleAndName()
    {
        var card = Cards()["roles-clinician-conference"];
        var texts = string.Join("\n", Texts(card));
        var others = card.Body.OfType<FactSet>().Single().Facts;

        Assert.Contains(RoleResponsibilities.For(Role.OhClinician)[0], texts, StringComparison.Ordinal);
        Assert.DoesNotContain(RoleResponsibilities.For(Role.ReferringManager)[0], texts, StringComparison.Ordinal);
        Assert.Equal([new("Referring Manager", "Morgan Manager"), new("EPS Caseworker", "Ezra Caseworker"), new("Individual", "Isla Individual")], others);
        Assert.Contains(AgendaText.ConferenceClinician, texts, StringComparison.Ordinal);
    }

    [Fact]
    public void Roles_ManagerAtCmm_GetsTheManagersResponsibilitiesAndTheCmmConsentLine()
    {
        var texts = string.Join("\n", Texts(Cards()["roles-manager-cmm"]));

        Assert.Contains(MeetingCardText.RolesTitle(Role.ReferringManager), texts, StringComparison.Ordinal);
        Assert.Contains(RoleResponsibilities.For(Role.ReferringManager)[^1], texts, StringComparison.Ordinal);
        Assert.Contains(AgendaText.CmmClinician, texts, StringComparison.Ordinal);
    }

    internal static List<string> Texts(AdaptiveCard card) => [.. CardText.All(card)];

    private static string Fact(AdaptiveCard card, string title) => card.Body.OfType<FactSet>().SelectMany(f => f.Facts).Single(f => f.Title == title).Value;
}
