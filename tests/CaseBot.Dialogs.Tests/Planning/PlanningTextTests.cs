using CaseBot.Dialogs.Planning;

namespace CaseBot.Dialogs.Tests.Planning;

public sealed class PlanningTextTests
{
    [Fact]
    public void OthersHelp_NamesWhoAttendsOnlyAConferenceFromTheAttendanceRule()
        => Assert.Equal(
            "Invite others whose advice or support the meeting needs. The individual and their representative attend only a Case Conference.",
            PlanningText.OthersHelp);

    [Fact]
    public void AlreadyBooked_ReferenceThatMarkdownWouldItalicise_IsEscapedInTheChatMessage()
    {
        var sut = PlanningText.AlreadyBooked("HR._2026_.1");

        Assert.Equal(@"Case HR.\_2026\_.1 already has a meeting booked. Type **reschedule HR.\_2026\_.1** to move it or **cancel meeting HR.\_2026\_.1** to cancel it.", sut);
    }
}
