using CaseBot.Cards.Notices;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Preparation;
using CaseBot.TestSupport.Cases;

namespace CaseBot.Cards.Tests.Notices;

/// <summary>What a Case Conference's booking, move and cancellation send the individual and their representative.</summary>
public sealed class PreparationNoticesTests
{
    [Fact]
    public void ForBooking_TheIndividualAndRepresentative_GetThePreparationInsteadOfTheRolesCard()
    {
        var booked = AttendeeTestCases.BookedWithIndividual();

        var notices = AttendeeNotices.ForBooking(booked, booked.BookedMeeting!, AttendeeTestCases.Uk);

        Assert.Equal(
            [AttendeeNotices.AgendaKind(1), AttendeeNotices.PreparationKind(1, Role.Individual)],
            notices.Where(n => n.RecipientAadObjectId == AttendeeTestCases.IndividualId).Select(n => n.Kind));
        Assert.Equal(
            [AttendeeNotices.AgendaKind(1), AttendeeNotices.PreparationKind(1, Role.Representative)],
            notices.Where(n => n.RecipientAadObjectId == AttendeeTestCases.RepresentativeId).Select(n => n.Kind));
        Assert.Contains(notices, n => n.RecipientAadObjectId == AttendeeTestCases.ClinicianId && n.Kind == AttendeeNotices.RolesKind(1));
    }

    [Fact]
    public void ForBooking_ThePreparationOfTheRepresentative_IsAddressedToThem()
    {
        var booked = AttendeeTestCases.BookedWithIndividual();

        var notice = Assert.Single(AttendeeNotices.ForBooking(booked, booked.BookedMeeting!, AttendeeTestCases.Uk), n => n.RecipientAadObjectId == AttendeeTestCases.RepresentativeId && n.Kind.StartsWith("preparation", StringComparison.Ordinal));

        Assert.Contains("Isla Individual's Case Conference: what to expect", notice.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public void ForReschedule_UpdatesEachPreparationKeepingTheirAnswers_AndTellsThemTheNewTime()
    {
        var booked = AttendeeTestCases.BookedWithIndividual();
        booked.AnswerPreparation(AttendeeTestCases.IndividualId, 1, PreparationAnswers.None with { OtherHelp = "A seat near the door" }, AttendeeTestCases.Now);
        var moved = booked.Reschedule(AttendeeTestCases.Now.AddDays(3), TimeSpan.FromHours(1), new Cases.Booking.BookedMeeting("event-1", null, null, null), AttendeeTestCases.Now);

        var notices = AttendeeNotices.ForReschedule(booked, moved, AttendeeTestCases.Uk);

        var update = Assert.Single(notices, n => n.UpdateOf == AttendeeNotices.PreparationKind(1, Role.Individual));
        Assert.Contains("A seat near the door", update.Payload, StringComparison.Ordinal);
        var note = Assert.Single(notices, n => n.RecipientAadObjectId == AttendeeTestCases.IndividualId);
        Assert.Contains("Your Case Conference has moved. It is now on Thursday 4 June 2026", note.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain(notices, n => n.RecipientAadObjectId == AttendeeTestCases.ClinicianId);
    }

    [Fact]
    public void ForCancellation_TheIndividualGetsThePlainNote_AndProfessionalsTheUsualOne()
    {
        var booked = AttendeeTestCases.BookedWithIndividual();
        var cancelled = booked.CancelMeeting(AttendeeTestCases.Now);

        var notices = AttendeeNotices.ForCancellation(booked, cancelled, AttendeeTestCases.Uk);

        var toIsla = Assert.Single(notices, n => n.RecipientAadObjectId == AttendeeTestCases.IndividualId);
        Assert.Contains("You do not need to do anything. Morgan Manager will be in touch", toIsla.Payload, StringComparison.Ordinal);
        var toOlive = Assert.Single(notices, n => n.RecipientAadObjectId == AttendeeTestCases.ClinicianId);
        Assert.DoesNotContain("Morgan Manager will be in touch", toOlive.Payload, StringComparison.Ordinal);
        Assert.Contains(notices, n => n.UpdateOf == AttendeeNotices.PreparationKind(1, Role.Individual) && n.Payload.Contains(PreparationText.Cancelled, StringComparison.Ordinal));
    }
}
