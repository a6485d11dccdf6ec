using CaseBot.Cases.Booking;
using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Tests.Booking;

namespace CaseBot.Cases.Tests.CriticalCases;

public sealed class CriticalCaseGroupChatTests
{
    private const string Chat = "19:chat-of-the-attendees@thread.v2";
    private static readonly DateTimeOffset Later = TestCases.Opened.AddDays(2);

    [Fact]
    public void UseGroupChat_ByTheLead_KeepsTheChatAndAddsAChronologyEntry()
    {
        var sut = TestCases.Booked();

        Assert.True(sut.UseGroupChat(TestPlans.OrganiserId, Chat, Later));

        Assert.Equal(Chat, sut.GroupChatId);
        Assert.Equal(Chat, sut.Progress.GroupChatId);
        Assert.Equal((ChronologyKind.GroupChatChosen, Later), (sut.Chronology[^1].Kind, sut.Chronology[^1].At));
    }

    [Fact]
    public void UseGroupChat_TheSameChatAgain_ChangesNothing()
    {
        var sut = TestCases.Booked();
        sut.UseGroupChat(TestPlans.OrganiserId, Chat, Later);
        var entries = sut.Chronology.Count;

        Assert.False(sut.UseGroupChat(TestPlans.OrganiserId, Chat, Later.AddHours(1)));

        Assert.Equal(entries, sut.Chronology.Count);
    }

    [Fact]
    public void UseGroupChat_BySomeoneOtherThanTheLead_IsRefused()
    {
        var sut = TestCases.Booked();

        var error = Assert.Throws<CaseRuleException>(() => sut.UseGroupChat(TestCases.ClinicianId, Chat, Later));

        Assert.Equal(CaseText.OnlyLeadChoosesChat, error.Message);
        Assert.Null(sut.GroupChatId);
    }

    [Fact]
    public void UseGroupChat_ClosedCase_IsRefused()
    {
        var sut = TestCases.Held();
        sut.Close(TestPlans.OrganiserId, CaseOutcome.BackAtWork, null, Later);

        var error = Assert.Throws<CaseRuleException>(() => sut.UseGroupChat(TestPlans.OrganiserId, Chat, Later));

        Assert.Equal(CaseText.IsClosed, error.Message);
    }

    [Fact]
    public void Book_NextMeeting_DropsTheChatCheckedForThePreviousMeetingsAttendees()
    {
        var sut = TestCases.Held();
        sut.UseGroupChat(TestPlans.OrganiserId, Chat, Later);

        sut.Book(TestPlans.Create(), new BookedMeeting("event-2", null, null, null), Later.AddHours(1));

        Assert.Null(sut.GroupChatId);
    }

    [Fact]
    public void LeaveGroupChat_TheCasesChat_GoesBackTo1To1ChatsWithAChronologyEntry()
    {
        var sut = TestCases.Booked();
        sut.UseGroupChat(TestPlans.OrganiserId, Chat, Later);

        Assert.True(sut.LeaveGroupChat(Chat, Later.AddHours(1)));

        Assert.Null(sut.GroupChatId);
        Assert.Equal(ChronologyKind.GroupChatLeft, sut.Chronology[^1].Kind);
    }

    [Fact]
    public void LeaveGroupChat_AnotherChat_ChangesNothing()
    {
        var sut = TestCases.Booked();
        sut.UseGroupChat(TestPlans.OrganiserId, Chat, Later);

        Assert.False(sut.LeaveGroupChat("19:another@thread.v2", Later.AddHours(1)));

        Assert.Equal(Chat, sut.GroupChatId);
    }

    [Fact]
    public void GroupChatMayInclude_BookedMeeting_IsTheLeadAndItsAttendeesAndAfterCancellingOnlyTheLead()
    {
        var sut = TestCases.Booked();
        Assert.Contains(TestCases.ClinicianId, sut.GroupChatMayInclude);
        Assert.Contains(TestPlans.OrganiserId, sut.GroupChatMayInclude);

        sut.CancelMeeting(Later);

        Assert.Null(sut.LatestMeeting);
        Assert.Equal([TestPlans.OrganiserId], sut.GroupChatMayInclude);
    }

    [Fact]
    public void Restore_WithTheProgressOfACaseInAGroupChat_KeepsTheChat()
    {
        var sut = TestCases.Booked();
        sut.UseGroupChat(TestPlans.OrganiserId, Chat, Later);

        var restored = CriticalCase.Restore(sut.Id, sut.Reference, sut.LeadAadObjectId, sut.TenantId, sut.Triage, sut.Decision, sut.Stage, sut.Chronology, sut.Version, sut.Progress);

        Assert.Equal(Chat, restored.GroupChatId);
    }
}
