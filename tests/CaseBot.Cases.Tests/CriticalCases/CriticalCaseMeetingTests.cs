using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Tests.Booking;

namespace CaseBot.Cases.Tests.CriticalCases;

public sealed class CriticalCaseMeetingTests
{
    [Fact]
    public void Book_OpenCase_KeepsTheMeetingMovesToBookedAndAddsAChronologyEntry()
    {
        var sut = TestCases.Open();

        var meeting = sut.Book(TestPlans.Create(), new BookedMeeting("event-1", "https://join", null, null), TestCases.Opened.AddHours(1));

        Assert.Equal((1, "event-1", MeetingStatus.Booked), (meeting.Number, meeting.EventId, meeting.Status));
        Assert.Equal(CaseStage.MeetingBooked, sut.Stage);
        Assert.Same(meeting, sut.BookedMeeting);
        Assert.Equal(ChronologyKind.MeetingBooked, sut.Chronology[^1].Kind);
        Assert.DoesNotContain("Olive", sut.Chronology[^1].Summary, StringComparison.Ordinal);
        Assert.Equal(2, sut.NextMeetingNumber);
    }

    [Fact]
    public void Book_WhileAMeetingIsBooked_IsRefused()
    {
        var sut = TestCases.Booked();

        var error = Assert.Throws<CaseRuleException>(() => sut.Book(TestPlans.Create(), new BookedMeeting("event-2", null, null, null), TestCases.Opened));

        Assert.Equal(CaseText.AlreadyBooked, error.Message);
        Assert.Single(sut.Meetings);
    }

    [Fact]
    public void Book_PlanOfAnotherCase_IsRefused()
        => Assert.Throws<CaseRuleException>(() => TestCases.Open("OTHER-1").Book(TestPlans.Create(), new BookedMeeting("e", null, null, null), TestCases.Opened));

    [Fact]
    public void Reschedule_BookedMeeting_MovesItAndKeepsTheJoinLink()
    {
        var sut = TestCases.Booked();
        var newStart = TestPlans.MondayTenBst.AddDays(1);

        var meeting = sut.Reschedule(newStart, TimeSpan.FromMinutes(60), new BookedMeeting("event-1", null, null, null), TestCases.Opened.AddHours(2));

        Assert.Equal((newStart, TimeSpan.FromMinutes(60)), (meeting.Plan.Start, meeting.Plan.Duration));
        Assert.Equal("https://teams.example/join", meeting.JoinUrl);
        Assert.Equal(ChronologyKind.MeetingRescheduled, sut.Chronology[^1].Kind);
    }

    [Fact]
    public void CancelMeeting_BookedMeeting_CancelsItAndTheCaseGoesBackToRecommended()
    {
        var sut = TestCases.Booked();

        sut.CancelMeeting(TestCases.Opened.AddHours(2));

        Assert.Equal(MeetingStatus.Cancelled, sut.Meetings[0].Status);
        Assert.Null(sut.BookedMeeting);
        Assert.Equal(CaseStage.MeetingRecommended, sut.Stage);
        Assert.Equal(2, sut.NextMeetingNumber);
    }

    [Fact]
    public void CancelMeeting_NothingBooked_IsRefused()
        => Assert.Equal(CaseText.NoBookedMeeting, Assert.Throws<CaseRuleException>(() => TestCases.Open().CancelMeeting(TestCases.Opened)).Message);

    [Fact]
    public void ParticipantAadObjectIds_BookedMeeting_AreTheLeadAndAttendeesPickedInTeams()
    {
        var sut = TestCases.Booked();

        Assert.Equal(
            new[] { TestPlans.OrganiserId, TestCases.ClinicianId }.Order(),
            sut.ParticipantAadObjectIds.Order());
    }

    [Fact]
    public void ParticipantAadObjectIds_CancelledMeeting_NoLongerIncludeItsAttendees()
    {
        var sut = TestCases.Booked();

        sut.CancelMeeting(TestCases.Opened);

        Assert.Equal([TestPlans.OrganiserId], sut.ParticipantAadObjectIds);
    }
}
