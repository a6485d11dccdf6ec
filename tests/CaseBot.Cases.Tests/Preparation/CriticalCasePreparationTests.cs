using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Preparation;
using CaseBot.Cases.Tests.Booking;
using CaseBot.Cases.Tests.CriticalCases;

namespace CaseBot.Cases.Tests.Preparation;

public sealed class CriticalCasePreparationTests
{
    public const string IslaId = "00000000-0000-0000-0000-0000000000c3";
    private static readonly DateTimeOffset Before = TestCases.Opened.AddDays(2);

    private static readonly PreparationAnswers BreaksAndSupport =
        PreparationAnswers.None with { Help = [PreparationRequest.Breaks], Bringing = Bringing.SupportPerson, BringingWho = "my partner", Points = "My hours", PointsOnAgenda = false };

    public static CriticalCase BookedWithIsla()
    {
        var isla = TestPlans.Individual with { AadObjectId = IslaId };
        var sut = TestCases.Open();
        sut.Book(
            TestPlans.Create(attendees: [TestPlans.Manager, TestPlans.Clinician, TestPlans.Caseworker, isla, TestPlans.Representative]),
            new BookedMeeting("event-1", "https://teams.example/join", null, null), TestCases.Opened.AddHours(1));
        return sut;
    }

    [Fact]
    public void AnswerPreparation_ByTheIndividual_KeepsTheirAnswersAndTheirRequests()
    {
        var sut = BookedWithIsla();

        var preparation = sut.AnswerPreparation(IslaId, 1, BreaksAndSupport, Before);

        Assert.Equal([PreparationRequest.Breaks, PreparationRequest.SupportPerson], preparation.OpenRequests);
        Assert.Same(preparation, sut.PreparationOf(1, IslaId));
        Assert.Equal(preparation, sut.Progress.Preparations!.Single());
    }

    [Fact]
    public void AnswerPreparation_IsKeptOutOfTheChronologyEveryoneReads_ButInTheHistory()
    {
        var sut = BookedWithIsla();
        var shown = sut.Chronology.Count;
        var activity = sut.LastActivity;

        sut.AnswerPreparation(IslaId, 1, BreaksAndSupport, Before);

        Assert.Equal(shown, sut.Chronology.Count);
        Assert.Equal(activity, sut.LastActivity);
        Assert.Equal(ChronologyKind.PreparationAnswered, sut.History[^1].Kind);
        Assert.DoesNotContain("hours", sut.History[^1].Summary, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnswerPreparation_BySomeoneWhoIsNotTheIndividual_IsRefused()
    {
        var sut = BookedWithIsla();

        var error = Assert.Throws<CaseRuleException>(() => sut.AnswerPreparation(TestCases.ClinicianId, 1, BreaksAndSupport, Before));

        Assert.Equal(PreparationText.NotForYou, error.Message);
        Assert.Empty(sut.Preparations);
    }

    [Fact]
    public void AnswerPreparation_AfterTheMeetingStarted_IsRefused()
    {
        var sut = BookedWithIsla();

        var error = Assert.Throws<CaseRuleException>(() => sut.AnswerPreparation(IslaId, 1, BreaksAndSupport, TestPlans.MondayTenBst.AddMinutes(1)));

        Assert.Equal(PreparationText.TooLate, error.Message);
    }

    [Fact]
    public void PointsOnAgenda_OnlyWhenTheySaySo()
    {
        var sut = BookedWithIsla();

        var kept = sut.AnswerPreparation(IslaId, 1, BreaksAndSupport, Before);
        var shared = sut.AnswerPreparation(IslaId, 1, BreaksAndSupport with { PointsOnAgenda = true }, Before.AddMinutes(1));

        Assert.Null(kept.Answers.AgendaPoints);
        Assert.Equal("My hours", shared.Answers.AgendaPoints);
    }

    [Fact]
    public void ArrangePreparation_ByTheLead_ClosesThoseRequestsAndReturnsTheNewOnes()
    {
        var sut = BookedWithIsla();
        sut.AnswerPreparation(IslaId, 1, BreaksAndSupport, Before);

        var newly = sut.ArrangePreparation(TestPlans.OrganiserId, 1, IslaId, [PreparationRequest.Breaks], Before.AddHours(1));

        Assert.Equal([PreparationRequest.Breaks], newly);
        Assert.Equal([PreparationRequest.SupportPerson], sut.PreparationOf(1, IslaId)!.OpenRequests);
    }

    [Fact]
    public void ReplyToPreparation_BySomeoneOtherThanTheLead_IsRefused()
    {
        var sut = BookedWithIsla();
        sut.AnswerPreparation(IslaId, 1, BreaksAndSupport, Before);

        var error = Assert.Throws<CaseRuleException>(() => sut.ReplyToPreparation(TestCases.ClinicianId, 1, IslaId, "Yes", Before.AddHours(1)));

        Assert.Equal(PreparationLeadText.OnlyLead, error.Message);
    }

    [Fact]
    public void ReplyToPreparation_ByTheLead_IsKeptWithTheirPreparation()
    {
        var sut = BookedWithIsla();
        sut.AnswerPreparation(IslaId, 1, BreaksAndSupport, Before);

        sut.ReplyToPreparation(TestPlans.OrganiserId, 1, IslaId, "  A break at 10:45 is fine. ", Before.AddHours(1));

        Assert.Equal("A break at 10:45 is fine.", sut.PreparationOf(1, IslaId)!.Replies.Single().Text);
    }

    [Fact]
    public void PreparationReminderDue_TheDayBefore_OnceOnly()
    {
        var sut = BookedWithIsla();
        var meetingDay = DateOnly.FromDateTime(TestPlans.MondayTenBst.Date);
        var friday = meetingDay.AddDays(-3);
        static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

        var early = sut.PreparationReminderDue(friday.AddDays(-1), friday, Day);
        var due = sut.PreparationReminderDue(friday, meetingDay, Day);
        sut.MarkPreparationReminded(new DateTimeOffset(friday.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
        var again = sut.PreparationReminderDue(friday, meetingDay, Day);

        Assert.Null(early);
        Assert.Equal(1, due?.Number);
        Assert.Null(again);
    }

    [Fact]
    public void ToString_OfAPreparation_GivesNoWordsAway()
    {
        var sut = BookedWithIsla().AnswerPreparation(IslaId, 1, BreaksAndSupport, Before);

        Assert.DoesNotContain("partner", sut.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hours", sut.ToString(), StringComparison.Ordinal);
    }
}
