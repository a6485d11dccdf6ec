using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Tests.Booking;

namespace CaseBot.Cases.Tests.CriticalCases;

/// <summary>The meeting starting and ending in Teams: noted once each, for the case's own meeting chat only.</summary>
public sealed class CriticalCaseInTheMeetingTests
{
    private const string Chat = "19:meeting_NzA2YTFl@thread.v2";
    private static readonly DateTimeOffset Nine = TestCases.Opened.AddDays(7);

    [Fact]
    public void StartMeeting_FirstStartInItsChat_NotesWhenAndAddsAChronologyEntryWithoutNames()
    {
        var sut = InChat();

        var outcome = sut.StartMeeting(Chat, Nine);

        Assert.Equal(MeetingEventOutcome.Noted, outcome);
        Assert.Equal(Nine, sut.MeetingInChat(Chat)!.StartedAt);
        Assert.Equal((ChronologyKind.MeetingStarted, "Case Conference started in Teams"), (sut.Chronology[^1].Kind, sut.Chronology[^1].Summary));
    }

    [Fact]
    public void StartMeeting_AgainWhenPeopleRejoin_ChangesNothing()
    {
        var sut = InChat();
        sut.StartMeeting(Chat, Nine);
        var entries = sut.Chronology.Count;

        Assert.Equal(MeetingEventOutcome.AlreadyNoted, sut.StartMeeting(Chat, Nine.AddMinutes(20)));
        Assert.Equal((Nine, entries), (sut.MeetingInChat(Chat)!.StartedAt, sut.Chronology.Count));
    }

    [Fact]
    public void StartOrEndMeeting_AnotherChat_IsNotThisCase()
    {
        var sut = InChat();

        Assert.Equal(MeetingEventOutcome.NotThisCase, sut.StartMeeting("19:meeting_b3RoZXI@thread.v2", Nine));
        Assert.Equal(MeetingEventOutcome.NotThisCase, sut.EndMeeting("19:meeting_b3RoZXI@thread.v2", Nine));
        Assert.Null(sut.MeetingInChat(Chat)!.StartedAt);
    }

    [Fact]
    public void StartMeeting_MeetingBookedOffline_HasNoChatSoIsNotThisCase()
    {
        var sut = TestCases.Booked();

        Assert.Equal(MeetingEventOutcome.NotThisCase, sut.StartMeeting(Chat, Nine));
    }

    [Fact]
    public void StartMeeting_CancelledMeeting_IsCancelledAndChangesNothing()
    {
        var sut = InChat();
        sut.CancelMeeting(Nine.AddDays(-1));

        Assert.Equal(MeetingEventOutcome.Cancelled, sut.StartMeeting(Chat, Nine));
        Assert.Null(sut.MeetingInChat(Chat)!.StartedAt);
    }

    [Fact]
    public void EndMeeting_WithoutAStartTeamsNeverSent_IsNotedOnce()
    {
        var sut = InChat();

        Assert.Equal(MeetingEventOutcome.Noted, sut.EndMeeting(Chat, Nine.AddHours(1)));
        Assert.Equal(MeetingEventOutcome.AlreadyNoted, sut.EndMeeting(Chat, Nine.AddHours(2)));
        Assert.Equal((Nine.AddHours(1), ChronologyKind.MeetingEnded), (sut.MeetingInChat(Chat)!.EndedAt, sut.Chronology[^1].Kind));
        Assert.Equal(MeetingStatus.Booked, sut.MeetingInChat(Chat)!.Status);
    }

    [Fact]
    public void Reschedule_MeetingInAChat_KeepsItsChat()
    {
        var sut = InChat();

        var moved = sut.Reschedule(Nine.AddDays(1), TimeSpan.FromHours(1), new BookedMeeting("event-1", null, null, null), Nine);

        Assert.Equal(Chat, moved.ChatId);
    }

    [Fact]
    public void IsRecorded_BeforeAndAfterTheLeadRecordsTheMeeting_SaysSo()
    {
        var sut = InChat();
        Assert.False(sut.IsRecorded(1));

        sut.RecordMeeting(sut.LeadAadObjectId, ["Phased return agreed"], [], Nine.AddHours(2));

        Assert.True(sut.IsRecorded(1));
    }

    private static CriticalCase InChat()
    {
        var sut = TestCases.Open();
        sut.Book(TestPlans.Create(), new BookedMeeting("event-1", "https://teams.microsoft.com/l/meetup-join/x", null, null, Chat), TestCases.Opened);
        return sut;
    }
}
