using CaseBot.Cases.Meetings;
using CaseBot.Dialogs.Triage;

namespace CaseBot.Dialogs.Tests.Triage;

public sealed class TriageDialogTextTests
{
    [Fact]
    public void DecideWithoutHelp_NamesTheRolesACmmExcludes()
    {
        var sut = TriageDialogText.DecideWithoutHelp;

        Assert.Equal("If yes, a Case Management Meeting comes first; the individual and their representative never attend it. Answer yes or no.", sut);
        Assert.Contains($"; {AttendanceText.Excluded(MeetingType.CaseManagementMeeting)} never attend it.", sut, StringComparison.Ordinal);
    }
}
