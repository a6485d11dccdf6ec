using CaseBot.Bot.Calendar;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cards.Booking;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Dialogs.Planning;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>
/// Planning with the offline calendar when the invite is at risk: an address no invite can carry is refused where it is typed, and
/// a booking whose invite cannot be written leaves nothing behind, so the lead can plan again and book.
/// </summary>
public sealed class PlanningInviteTests : IAsyncLifetime
{
    private const string AttackAddress = "x\";ROLE=CHAIR;X=\"@evil.example";
    private const string UnwritablePurpose = "A purpose this test's invite writer cannot write.";

    private ConversationHarness _sut = null!;

    public async Task InitializeAsync()
        => _sut = await ConversationHarness.StartAsync(
            settings: PlanningPeople.Settings,
            replace: services => services.AddSingleton<Func<OfflineBooking, byte[]>>(WriteInvite));

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Attendee_AddressAnInviteCannotCarry_IsRefusedAtThePromptWithTheReason()
    {
        await TriageToCmmAsync("INVITE-1");
        await _sut.SayAsync("yes");
        Assert.True(_sut.LastSaid("Who is the OH clinician?"), _sut.Describe());

        await _sut.SayAsync(AttackAddress);
        Assert.True(_sut.LastSaid(PlanningText.NotAnInvitableAddress), _sut.Describe());
        Assert.False(_sut.LastSaid("Who is the EPS caseworker?"), _sut.Describe());
        await _sut.FillAndClickAsync("Continue", ("email", AttackAddress));
        Assert.True(_sut.LastSaid(PlanningText.NotAnInvitableAddress), _sut.Describe());
        await _sut.SayAsync(PlanningPeople.ClinicianEmail);

        Assert.True(_sut.LastSaid("Who is the EPS caseworker?"), _sut.Describe());
    }

    [Fact]
    public async Task Book_InviteCannotBeWritten_SavesNothingAndBookingAgainSucceeds()
    {
        await TriageToCmmAsync("INVITE-2");
        await _sut.SayAsync("yes");
        await PlanAsync(UnwritablePurpose);
        Assert.True(_sut.LastSaid(BookingText.InviteNotWritten), _sut.Describe());
        var failed = await FindAsync("INVITE-2");
        Assert.Equal((CaseStage.MeetingRecommended, 0), (failed.Stage, failed.Meetings.Count));

        await _sut.SayAsync("plan INVITE-2");
        await PlanAsync("Agree the next steps.");

        Assert.True(_sut.LastSaid(MeetingBookedCard.OfflineNote), _sut.Describe());
        var booked = (await FindAsync("INVITE-2")).BookedMeeting!;
        Assert.Equal("Agree the next steps.", booked.Plan.Purpose);
    }

    // Stands for an invite Ical.Net cannot write (as it could not with an address it rejects): it throws as Ical.Net does.
    private static byte[] WriteInvite(OfflineBooking booking)
        => booking.Plan.Purpose == UnwritablePurpose ? throw new UriFormatException("Invalid URI.") : IcsWriter.Write(booking);

    private async Task PlanAsync(string purpose)
    {
        Assert.True(_sut.LastSaid("Who is the OH clinician?"), _sut.Describe());
        await _sut.SayAsync(PlanningPeople.ClinicianEmail);
        await _sut.SayAsync(PlanningPeople.CaseworkerEmail);
        await _sut.SayAsync("no");
        await _sut.SayAsync(purpose);
        await _sut.SayAsync("1 hour");
        await _sut.SayAsync("online only");
        await _sut.SayAsync("1");
        await _sut.SayAsync("yes");
    }

    private async Task TriageToCmmAsync(string reference)
    {
        foreach (var answer in new[] { "new case", reference, "me", "yes", "yes", "no", "6, 10", "no", "yes", "accept" })
        {
            await _sut.SayAsync(answer);
        }

        Assert.True(_sut.LastSaid("Shall we plan and book the Case Management Meeting now?"), _sut.Describe());
    }

    private async Task<CriticalCase> FindAsync(string reference)
        => (await _sut.Services.GetRequiredService<ICaseRepository>().FindAsync(_sut.Adapter.Conversation.TenantId!, CaseReference.Parse(reference), default))!;
}
