using CaseBot.Bot.Tests.Support;
using CaseBot.Cards.Notices;
using CaseBot.Cases.Access;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;
using CaseBot.Casework.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>
/// What the individual gets, through the real booking path on SQLite, when the lead books, moves and cancels their Case Conference:
/// the preparation in plain words instead of the professionals' roles card, a plain note of the new time, a plain cancellation.
/// </summary>
public sealed class PreparationMessageTests : IAsyncLifetime
{
    private ConversationHarness _sut = null!;

    public async Task InitializeAsync() => _sut = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Booking_SendsTheIndividualThePreparation_NotTheRolesCard()
    {
        var (caseId, _) = await BookAsync();

        var mine = (await _sut.OutboxAsync(caseId)).Where(m => m.RecipientAadObjectId == AttendeePeople.IndividualId).ToList();

        Assert.Equal([AttendeeNotices.AgendaKind(1), AttendeeNotices.PreparationKind(1, Role.Individual)], mine.Select(m => m.Kind).Order());
        var preparation = mine.Single(m => m.Kind == AttendeeNotices.PreparationKind(1, Role.Individual)).ActivityJson;
        Assert.Contains(PreparationText.Title(Role.Individual, "Isla Individual"), preparation, StringComparison.Ordinal);
        Assert.Contains("Occupational Health (OH)", preparation, StringComparison.Ordinal);
        Assert.DoesNotContain("Your role: Individual", preparation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reschedule_UpdatesTheirPreparationAndTellsThemTheNewTimePlainly()
    {
        var (caseId, bookings) = await BookAsync();
        var booked = await _sut.ReloadAsync(caseId);

        var outcome = await bookings.RescheduleAsync(Lead(), booked, booked.BookedMeeting!.Plan.Start.AddDays(1), TimeSpan.FromMinutes(90), default);

        Assert.True(outcome.Succeeded, outcome.Problem);
        var outbox = await _sut.OutboxAsync(caseId);
        Assert.Contains(outbox, m => m.Kind == AttendeeNotices.PreparationKind(1, Role.Individual) && m.DedupKey.Contains("/v", StringComparison.Ordinal));
        var note = Assert.Single(outbox, m => m.RecipientAadObjectId == AttendeePeople.IndividualId && m.Kind == AttendeeNotices.NoteKind);
        Assert.Contains("Your Case Conference has moved.", note.ActivityJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_SendsThemAPlainNote_AndProfessionalsTheUsualOne()
    {
        var (caseId, bookings) = await BookAsync();

        var outcome = await bookings.CancelAsync(Lead(), await _sut.ReloadAsync(caseId), "Not needed now", default);

        Assert.True(outcome.Succeeded, outcome.Problem);
        var notes = (await _sut.OutboxAsync(caseId)).Where(m => m.Kind == AttendeeNotices.NoteKind).ToList();
        Assert.Contains("You do not need to do anything.", notes.Single(m => m.RecipientAadObjectId == AttendeePeople.IndividualId).ActivityJson, StringComparison.Ordinal);
        Assert.DoesNotContain("You do not need to do anything.", notes.Single(m => m.RecipientAadObjectId == AttendeePeople.ClinicianId).ActivityJson, StringComparison.Ordinal);
    }

    private CaseCaller Lead() => new(_sut.Adapter.Conversation.TenantId!, AttendeePeople.LeadId);

    private async Task<(Guid CaseId, MeetingBookings Bookings)> BookAsync()
    {
        var opened = await _sut.SeedOpenAsync();
        var bookings = _sut.Services.GetRequiredService<MeetingBookings>();
        var outcome = await bookings.BookAsync(Lead(), opened, AttendeePeople.PlanWithIndividual(_sut, opened), default);
        Assert.True(outcome.Succeeded, outcome.Problem);
        return (opened.Id, bookings);
    }
}
