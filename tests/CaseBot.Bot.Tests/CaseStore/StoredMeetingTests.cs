using CaseBot.Bot.CaseStore;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Bot.Tests.CaseStore;

/// <summary>A stored meeting loads as it was saved, even when today's rules would refuse something in it.</summary>
public sealed class StoredMeetingTests
{
    [Fact]
    public void ToMeeting_AddressTodaysRuleRefuses_StillLoadsWithTheAddressAsStored()
    {
        const string guest = "guest_contoso.com#EXT#@tenant.onmicrosoft.com";
        Assert.False(EmailAddresses.IsValid(guest));
        var attendees = new List<Attendee>
        {
            new(Role.ReferringManager, "Morgan Manager", "morgan.manager@example.org", "00000000-0000-0000-0000-0000000000a1"),
            new(Role.OhClinician, "Guest Clinician", guest, null),
        };
        var sut = new StoredMeeting(
            1, MeetingType.CaseManagementMeeting, attendees, "Agree the next steps.", 60, Venue.OnlineOnly, null, new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero),
            "00000000-0000-0000-0000-0000000000a1", "morgan.manager@example.org", "event-1", null, null, MeetingStatus.Booked);

        var meeting = sut.ToMeeting(CaseReference.Parse("HR-1"));

        Assert.Equal(guest, meeting.Plan.Attendees[1].Email);
    }
}
