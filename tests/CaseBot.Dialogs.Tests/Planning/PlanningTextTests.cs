using CaseBot.Dialogs.Planning;

namespace CaseBot.Dialogs.Tests.Planning;

public sealed class PlanningTextTests
{
    [Fact]
    public void OthersHelp_NamesWhoAttendsOnlyAConferenceFromTheAttendanceRule()
        => Assert.Equal(
            "Invite others whose advice or support the meeting needs. The individual and their representative attend only a Case Conference.",
            PlanningText.OthersHelp);
}
