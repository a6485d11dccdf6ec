using System.Text;
using CaseBot.Bot.Calendar;
using Ical.Net;

namespace CaseBot.Bot.Tests.Calendar;

/// <summary>The .ics invite stays one well-formed event whatever the people in it are called.</summary>
public sealed class IcsWriterTests
{
    private const string Injection = "\r\nATTENDEE;ROLE=CHAIR:mailto:eve@evil.example\r\n";

    [Fact]
    public void Write_NamesWithLineBreaksAndQuotes_GivesAValidInviteWhoseNamesHoldNeither()
    {
        var organiser = CalendarPlans.Manager with { DisplayName = "Morgan \"Mo\"" + Injection + "Manager" };
        var clinician = CalendarPlans.Clinician with { DisplayName = "Olive \"Liv\";ROLE=CHAIR:x," + Injection + "Clinician" };
        var plan = CalendarPlans.Cmm(attendees: [organiser, clinician, CalendarPlans.Caseworker]);

        var sut = IcsWriter.Write(new OfflineBooking(CalendarPlans.Key(), plan, 0, CalendarPlans.MondayTenBst));

        var text = Encoding.UTF8.GetString(sut);
        var meeting = Assert.Single(Ical.Net.Calendar.Load(text)!.Events);
        Assert.Equal(
            [("mailto:olive.clinician@example.org", "Olive 'Liv';ROLE=CHAIR:x, ATTENDEE;ROLE=CHAIR:mailto:eve@evil.example Clinician"), ("mailto:ezra.caseworker@example.org", "Ezra Caseworker")],
            meeting.Attendees.Select(a => (a.Value!.ToString(), a.CommonName)));
        Assert.All(meeting.Attendees, a => Assert.Equal(ParticipationRole.RequiredParticipant, a.Role));
        Assert.Equal("Morgan 'Mo' ATTENDEE;ROLE=CHAIR:mailto:eve@evil.example Manager", meeting.Organizer!.CommonName);
        Assert.DoesNotContain(text.Split("\r\n"), line => line.StartsWith("ATTENDEE;ROLE=CHAIR", StringComparison.Ordinal));
    }
}
