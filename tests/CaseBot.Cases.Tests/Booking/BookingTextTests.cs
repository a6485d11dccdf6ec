using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Tests.Booking;

public sealed class BookingTextTests
{
    [Theory]
    [InlineData(Role.Individual, "The individual cannot")]
    [InlineData(Role.Representative, "The individual's representative cannot")]
    public void NotInvited_RoleACmmExcludes_GivesThePolicysReasonNamingTheRolesAttendanceExcludes(Role role, string start)
    {
        var sut = BookingText.NotInvited(MeetingType.CaseManagementMeeting, role);

        Assert.Equal(
            $"{start} be invited to a Case Management Meeting: the individual and their representative do not attend a management meeting. A Case Conference is the meeting they are invited to.",
            sut);
        Assert.Contains($": {AttendanceText.Excluded(MeetingType.CaseManagementMeeting)} do not attend", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void HomeNotAVenue_Cmm_SaysTheIndividualDoesNotAttendIt()
        => Assert.Equal(
            "The individual's home is not a venue for a Case Management Meeting, which the individual does not attend.",
            BookingText.HomeNotAVenue(MeetingType.CaseManagementMeeting));
}
