using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Tests.Booking;

public sealed class MeetingPlanTests
{
    public static TheoryData<string, TimeSpan, string?> BadPurposesAndDurations => new()
    {
        { string.Empty, TimeSpan.FromHours(1), BookingText.PurposeRequired },
        { "   ", TimeSpan.FromHours(1), BookingText.PurposeRequired },
        { new string('a', 1001), TimeSpan.FromHours(1), BookingText.PurposeRequired },
        { "Agree a plan", TimeSpan.FromMinutes(14), BookingText.DurationRange },
        { "Agree a plan", TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1), BookingText.DurationRange },
        { "Agree a plan", TimeSpan.Zero, BookingText.DurationRange },
    };

    [Theory]
    [InlineData(Role.Individual)]
    [InlineData(Role.Representative)]
    public void Create_CmmWithIndividualSide_IsRefusedWithThePolicyReason(Role role)
    {
        var person = role == Role.Individual ? TestPlans.Individual : TestPlans.Representative;

        var error = Assert.Throws<CaseRuleException>(() => TestPlans.Create(MeetingType.CaseManagementMeeting, [.. TestPlans.Professionals, person]));

        Assert.Equal(BookingText.NotInvited(MeetingType.CaseManagementMeeting, role), error.Message);
        Assert.Contains("do not attend a management meeting", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(person.DisplayName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ConferenceWithIndividualAndRepresentative_KeepsEveryone()
    {
        var sut = TestPlans.Create(MeetingType.CaseConference, TestPlans.Everyone);

        Assert.Equal([Role.ReferringManager, Role.OhClinician, Role.EpsCaseworker, Role.Individual, Role.Representative], sut.Attendees.Select(a => a.Role));
    }

    [Theory]
    [MemberData(nameof(BadPurposesAndDurations))]
    public void Create_BadPurposeOrDuration_IsRefused(string purpose, TimeSpan duration, string? message)
    {
        var error = Assert.Throws<CaseRuleException>(() => TestPlans.Create(purpose: purpose, duration: duration));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(480)]
    public void Create_DurationAtTheLimits_IsAccepted(int minutes)
        => Assert.Equal(TimeSpan.FromMinutes(minutes), TestPlans.Create(duration: TimeSpan.FromMinutes(minutes)).Duration);

    [Fact]
    public void Create_PurposeOfExactlyTheLimit_IsAcceptedTrimmed()
        => Assert.Equal(1000, TestPlans.Create(purpose: "  " + new string('a', 1000) + " ").Purpose.Length);

    [Fact]
    public void Create_OrganiserNotAmongAttendees_IsRefused()
    {
        var error = Assert.Throws<CaseRuleException>(() => TestPlans.Create(attendees: [TestPlans.Clinician, TestPlans.Caseworker]));

        Assert.Equal(BookingText.OrganiserRequired, error.Message);
    }

    [Fact]
    public void Create_OrganiserAlone_IsRefused()
    {
        var error = Assert.Throws<CaseRuleException>(() => TestPlans.Create(attendees: [TestPlans.Manager]));

        Assert.Equal(BookingText.AnotherAttendeeRequired, error.Message);
    }

    [Fact]
    public void Create_SameEmailTwiceInAnotherCase_IsRefused()
    {
        var twin = TestPlans.Clinician with { Role = Role.Other, Email = "OLIVE.Clinician@Example.org" };

        var error = Assert.Throws<CaseRuleException>(() => TestPlans.Create(attendees: [TestPlans.Manager, TestPlans.Clinician, twin]));

        Assert.Equal(BookingText.DuplicateAttendee, error.Message);
    }

    [Theory]
    [InlineData("Olive", "not-an-email")]
    [InlineData("Olive", "olive @example.org")]
    [InlineData("", "olive@example.org")]
    public void Create_AttendeeWithBadDetails_IsRefused(string name, string email)
    {
        var error = Assert.Throws<CaseRuleException>(() => TestPlans.Create(attendees: [TestPlans.Manager, new Attendee(Role.OhClinician, name, email, null)]));

        Assert.Equal(BookingText.AttendeeDetails, error.Message);
    }

    [Fact]
    public void Create_CmmAtTheIndividualsHome_IsRefused()
    {
        var error = Assert.Throws<CaseRuleException>(() => TestPlans.Create(MeetingType.CaseManagementMeeting, venue: Venue.Home));

        Assert.Equal("The individual's home is not a venue for a Case Management Meeting, which the individual does not attend.", error.Message);
    }

    [Fact]
    public void Create_TextWithSpaces_IsTrimmed()
    {
        var padded = new Attendee(Role.OhClinician, "  Olive Clinician ", " olive.clinician@example.org ", " ");

        var sut = TestPlans.Create(attendees: [TestPlans.Manager, padded], venueDetail: "  Room 2 ");

        Assert.Equal(new Attendee(Role.OhClinician, "Olive Clinician", "olive.clinician@example.org", null), sut.Attendees[1]);
        Assert.Equal("Room 2", sut.VenueDetail);
    }

    [Fact]
    public void Invitees_LeaveOutTheOrganiser()
        => Assert.Equal([TestPlans.Clinician, TestPlans.Caseworker], TestPlans.Create(MeetingType.CaseManagementMeeting).Invitees);

    [Fact]
    public void RescheduledTo_MovesStartAndEndOnly()
    {
        var sut = TestPlans.Create();

        var moved = sut.RescheduledTo(sut.Start.AddDays(1));

        Assert.Equal((sut.Start.AddDays(1), sut.End.AddDays(1), sut.Attendees, sut.Purpose), (moved.Start, moved.End, moved.Attendees, moved.Purpose));
    }

    [Fact]
    public void RescheduledTo_NewDuration_ChangesTheEnd()
        => Assert.Equal(TestPlans.MondayTenBst.AddHours(2), TestPlans.Create().RescheduledTo(TestPlans.MondayTenBst, TimeSpan.FromHours(2)).End);

    [Fact]
    public void RescheduledTo_DurationOutOfRange_IsRefused()
        => Assert.Throws<CaseRuleException>(() => TestPlans.Create().RescheduledTo(TestPlans.MondayTenBst, TimeSpan.FromMinutes(5)));

    [Fact]
    public void ToString_OfPlanAndAttendee_NamesNobody()
    {
        var sut = TestPlans.Create();

        var text = sut + " " + TestPlans.Individual;

        Assert.DoesNotContain("Isla", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        Assert.DoesNotContain(sut.Purpose, text, StringComparison.Ordinal);
    }
}
