using System.Net;
using CaseBot.Cases.Agenda;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Tests.Booking;

public sealed class InviteContentTests
{
    [Theory]
    [InlineData(MeetingType.CaseConference, "Case Conference – HR-2026-0142")]
    [InlineData(MeetingType.CaseManagementMeeting, "Case Management Meeting – HR-2026-0142")]
    public void Build_Subject_IsMeetingTypeAndReferenceOnly(MeetingType type, string subject)
        => Assert.Equal(subject, InviteContent.Build(TestPlans.Create(type)).Subject);

    [Fact]
    public void Build_Subject_ContainsNoAttendeeNameOrAddress()
    {
        var sut = InviteContent.Build(TestPlans.Create(MeetingType.CaseConference, TestPlans.Everyone)).Subject;

        foreach (var person in TestPlans.Everyone)
        {
            Assert.All(person.DisplayName.Split(' '), part => Assert.DoesNotContain(part, sut, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(person.Email, sut, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Build_Body_StatesPurposeDurationAndDisclosure()
    {
        var sut = InviteContent.Build(TestPlans.Create(purpose: "Agree adjustments", duration: TimeSpan.FromMinutes(90)));

        Assert.Contains("<p>Agree adjustments</p>", sut.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Expected duration: 1 hour 30 minutes", sut.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(DisclosureNotice.Text), sut.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PurposeWithMarkup_IsEncoded()
    {
        var sut = InviteContent.Build(TestPlans.Create(purpose: "<script>alert('x')</script> & more", venueDetail: "<b>Room</b>"));

        Assert.DoesNotContain("<script>", sut.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", sut.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more", sut.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Room&lt;/b&gt;", sut.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PurposeOnSeveralLines_KeepsTheLineBreaks()
        => Assert.Contains("First<br>\nSecond", InviteContent.Build(TestPlans.Create(purpose: "First\r\nSecond")).HtmlBody, StringComparison.Ordinal);

    [Fact]
    public void Build_Attendees_AreListedByRoleNotName()
    {
        var sut = InviteContent.Build(TestPlans.Create(MeetingType.CaseConference, TestPlans.Everyone));

        Assert.All(TestPlans.Everyone, person => Assert.Contains($"<li>{WebUtility.HtmlEncode(RoleCatalogue.Name(person.Role))}</li>", sut.HtmlBody, StringComparison.Ordinal));
        Assert.All(TestPlans.Everyone, person => Assert.DoesNotContain(person.DisplayName, sut.HtmlBody + sut.TextBody, StringComparison.Ordinal));
        Assert.All(TestPlans.Everyone, person => Assert.DoesNotContain(person.Email, sut.HtmlBody + sut.TextBody, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Venue.NeutralVenue, true)]
    [InlineData(Venue.WorkBase, false)]
    [InlineData(Venue.OnlineOnly, false)]
    public void Build_Venue_CarriesTheCostNoteOnlyWhenExternal(Venue venue, bool note)
    {
        var sut = InviteContent.Build(TestPlans.Create(venue: venue));

        Assert.Contains(VenueCatalogue.Name(venue), sut.TextBody, StringComparison.Ordinal);
        Assert.Equal(note, sut.TextBody.Contains(MeetingText.ExternalVenueCostNote, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_VenueDetail_IsInTheLocation()
        => Assert.Equal("Occupational Health – Room 2", InviteContent.Build(TestPlans.Create(venue: Venue.OccupationalHealth, venueDetail: "Room 2")).LocationDisplayName);

    [Fact]
    public void Build_NoOutline_UsesThePolicysDraftAgenda()
    {
        var sut = InviteContent.Build(TestPlans.Create());

        Assert.Contains($"<ol>\n<li>{AgendaText.Introductions}</li>\n<li>{AgendaText.RolesAndConsent}</li>", sut.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"6. {AgendaText.Summary}\n", sut.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GivenOutline_ReplacesTheDraftAgenda()
    {
        var sut = InviteContent.Build(TestPlans.Create(), ["Welcome", " ", "Next steps"]);

        Assert.Contains("<ol>\n<li>Welcome</li>\n<li>Next steps</li>\n</ol>", sut.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain(AgendaText.Introductions, sut.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TextBody_IsPlainWithTheSameContent()
    {
        var sut = InviteContent.Build(TestPlans.Create(purpose: "Agree <adjustments>"));

        Assert.Contains("Agree <adjustments>\n", sut.TextBody, StringComparison.Ordinal);
        Assert.Contains("Expected duration: 1 hour 30 minutes\n", sut.TextBody, StringComparison.Ordinal);
        Assert.Contains(DisclosureNotice.Text, sut.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", sut.TextBody, StringComparison.Ordinal);
    }
}
