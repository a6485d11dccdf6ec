using CaseBot.Cards.Status;
using CaseBot.Cards.Tests.Support;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Tests.Status;

/// <summary>A case's status is read from the case itself: its booked meeting, the roles invited, its actions (what the status card and the case board show).</summary>
public sealed class CaseStatusTests
{
    [Fact]
    public void Of_BookedCase_HasItsMeetingTimeTypeAndInvitedRoles()
    {
        var sut = CaseStatus.Of(AttendeeCases.Booked(MeetingType.CaseManagementMeeting), AttendeeCases.MeetingStart.AddDays(-1), AttendeeCases.Uk);

        Assert.Equal((MeetingType.CaseManagementMeeting, (DateTimeOffset?)AttendeeCases.MeetingStart), (sut.Meeting, sut.MeetingAt));
        Assert.Equal([Role.ReferringManager, Role.OhClinician, Role.EpsCaseworker], sut.AttendeeRoles.Order());
    }

    [Fact]
    public void Of_HeldCase_HasItsActionsWithTheOverdueOneCounted()
    {
        var sut = CaseStatus.Of(AttendeeCases.Held(), AttendeeCases.Today.ToDateTime(new TimeOnly(12, 0)), AttendeeCases.Uk);

        Assert.Equal(3, sut.Actions.Count);
        Assert.Equal(2, sut.OpenActions.Count);
        Assert.Equal(1, sut.OverdueCount);
        Assert.Null(sut.MeetingAt);
    }
}
