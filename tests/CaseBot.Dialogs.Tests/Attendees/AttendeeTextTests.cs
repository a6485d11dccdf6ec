using CaseBot.Cases.Meetings;
using CaseBot.Dialogs.Attendees;

namespace CaseBot.Dialogs.Tests.Attendees;

public sealed class AttendeeTextTests
{
    [Fact]
    public void ChatHasOutsiders_Cmm_SaysWhoNeverAttendsFromTheAttendanceRule()
    {
        var sut = AttendeeText.ChatHasOutsiders(2, MeetingType.CaseManagementMeeting);

        Assert.Equal(
            "2 people in this chat are not the lead or an attendee of the case's Case Management Meeting, so I won't post its cards here. " +
            "At a Case Management Meeting the individual and their representative never attend, so they must not see its cards. Use a chat of the lead and the attendees only.",
            sut);
    }

    [Fact]
    public void ChatHasOutsiders_Conference_SaysNothingOfWhoNeverAttends()
    {
        var sut = AttendeeText.ChatHasOutsiders(1, MeetingType.CaseConference);

        Assert.DoesNotContain("never attend", sut, StringComparison.Ordinal);
    }
}
