using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Dialogs.Planning;

namespace CaseBot.Dialogs.Tests.Planning;

public sealed class PlanningAnswersTests
{
    private static readonly Attendee Organiser = new(Role.ReferringManager, "Test User", "test.user@example.org", "aad-1");
    private static readonly Attendee Clinician = new(Role.OhClinician, "Olive Clinician", "olive.clinician@example.org", null);

    [Fact]
    public void Adding_SomeoneNotInvitedYet_InvitesThemAfterTheOthers()
    {
        var sut = new PlanningAnswers { Organiser = Organiser };

        var added = sut.Adding(Clinician);

        Assert.Equal([Clinician], added.Attendees);
        Assert.Equal([Organiser.Email, Clinician.Email], added.Taken());
    }

    [Fact]
    public void Adding_TheOrganiserAgainInOtherCase_LeavesTheAnswersUnchanged()
    {
        var sut = new PlanningAnswers { Organiser = Organiser, Attendees = [Clinician] };

        var added = sut.Adding(Organiser with { Role = Role.SeniorManager, Email = "TEST.USER@example.org" });

        Assert.Same(sut, added);
    }

    [Theory]
    [InlineData(MeetingType.CaseManagementMeeting, false)]
    [InlineData(MeetingType.CaseConference, true)]
    public void MayAttend_TheIndividual_OnlyAtAConference(MeetingType type, bool expected)
    {
        var sut = new PlanningAnswers { Type = type };

        var allowed = sut.MayAttend(Role.Individual);

        Assert.Equal(expected, allowed);
    }

    [Fact]
    public void Plan_EveryAnswerGiven_PutsTheOrganiserFirst()
    {
        var start = new DateTimeOffset(2026, 12, 2, 14, 0, 0, TimeSpan.Zero);
        var sut = new PlanningAnswers
        {
            CaseId = Guid.NewGuid(), Type = MeetingType.CaseManagementMeeting, Organiser = Organiser, Attendees = [Clinician], Purpose = "Agree the next steps.",
            Duration = TimeSpan.FromHours(1), Venue = Venue.OnlineOnly, Start = start,
        };

        var plan = sut.Plan(CaseReference.Parse("HR-1"), "aad-1");

        Assert.Equal([Organiser, Clinician], plan.Attendees);
        Assert.Equal((TimeSpan.FromHours(1), Venue.OnlineOnly, start, Organiser.Email), (plan.Duration, plan.Venue, plan.Start, plan.OrganiserEmail));
    }

    [Fact]
    public void Plan_NoStartYet_ThrowsRatherThanBookingADefaultTime()
    {
        var sut = new PlanningAnswers
        {
            CaseId = Guid.NewGuid(), Type = MeetingType.CaseManagementMeeting, Organiser = Organiser, Purpose = "Agree the next steps.",
            Duration = TimeSpan.FromHours(1), Venue = Venue.OnlineOnly,
        };

        Assert.Throws<InvalidOperationException>(() => sut.Plan(CaseReference.Parse("HR-1"), "aad-1"));
    }
}
