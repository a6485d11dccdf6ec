using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Tests.Booking;

namespace CaseBot.Cases.Tests.CriticalCases;

public sealed class CriticalCaseClosingTests
{
    private static readonly DateTimeOffset Later = TestPlans.MondayTenBst.AddDays(1);

    [Fact]
    public void Close_WithAnOutcome_KeepsTheOutcomeAndNamesItInTheChronology()
    {
        var sut = TestCases.Held();

        sut.Close(TestPlans.OrganiserId, CaseOutcome.Redeployed, null, Later);

        Assert.Equal((CaseOutcome.Redeployed, Later), (sut.Closure!.Outcome, sut.Closure.At));
        Assert.Equal((ChronologyKind.Closed, "Case closed: Redeployed"), (sut.Chronology[^1].Kind, sut.Chronology[^1].Summary));
    }

    [Fact]
    public void Close_WithoutAnOutcome_IsRefusedAndLeavesTheCaseOpen()
    {
        var sut = TestCases.Held();

        var error = Assert.Throws<CaseRuleException>(() => sut.Close(TestPlans.OrganiserId, null, null, Later));

        Assert.Equal(ClosingText.OutcomeRequired, error.Message);
        Assert.Equal((CaseStage.MeetingHeld, null, null), (sut.Stage, sut.ClosedAt, sut.Closure));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Close_OtherWithoutAReason_IsRefused(string? reason)
        => Assert.Equal(
            ClosingText.OtherNeedsReason,
            Assert.Throws<CaseRuleException>(() => TestCases.Held().Close(TestPlans.OrganiserId, CaseOutcome.Other, reason, Later)).Message);

    [Fact]
    public void Close_OtherWithATooLongReason_IsRefused()
        => Assert.Equal(
            ClosingText.OtherNeedsReason,
            Assert.Throws<CaseRuleException>(() => TestCases.Held().Close(TestPlans.OrganiserId, CaseOutcome.Other, new string('x', CaseClosure.MaxReasonLength + 1), Later)).Message);

    [Fact]
    public void Close_OtherWithAReason_KeepsTheReasonWithTheClosureNotInTheChronology()
    {
        var sut = TestCases.Held();

        sut.Close(TestPlans.OrganiserId, CaseOutcome.Other, "  Moved to a partner organisation  ", Later);

        Assert.Equal("Moved to a partner organisation", sut.Closure!.OtherReason);
        Assert.DoesNotContain("partner", sut.Chronology[^1].Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("partner", sut.Closure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Close_AReasonWithAnOutcomeThatNeedsNone_IsDropped()
    {
        var sut = TestCases.Held();

        sut.Close(TestPlans.OrganiserId, CaseOutcome.BackAtWork, "not needed", Later);

        Assert.Null(sut.Closure!.OtherReason);
    }

    [Fact]
    public void Close_WithABookedMeeting_IsRefused()
        => Assert.Equal(
            CaseText.CloseWithBookedMeeting,
            Assert.Throws<CaseRuleException>(() => TestCases.Booked().Close(TestPlans.OrganiserId, CaseOutcome.BackAtWork, null, Later)).Message);

    [Fact]
    public void Close_AlreadyClosed_IsRefused()
    {
        var sut = TestCases.Held();
        sut.Close(TestPlans.OrganiserId, CaseOutcome.BackAtWork, null, Later);

        Assert.Equal(CaseText.IsClosed, Assert.Throws<CaseRuleException>(() => sut.Close(TestPlans.OrganiserId, CaseOutcome.BackAtWork, null, Later)).Message);
    }

    [Fact]
    public void WhyNotClose_SaysTheFirstRuleInTheWay()
    {
        Assert.Equal(CaseText.OnlyLeadCloses, TestCases.Held().WhyNotClose(TestCases.ClinicianId));
        Assert.Equal(CaseText.CloseWithBookedMeeting, TestCases.Booked().WhyNotClose(TestPlans.OrganiserId));
        Assert.Equal(CaseText.CloseWithOpenActions, TestCases.Held(TestCases.ActionFor(TestCases.ClinicianId)).WhyNotClose(TestPlans.OrganiserId));
        Assert.Null(TestCases.Held().WhyNotClose(TestPlans.OrganiserId));
    }

    [Fact]
    public void Reopen_ByTheLeadWithAReason_ReturnsTheCaseToItsStageAndDropsTheOutcome()
    {
        var sut = TestCases.Held();
        sut.Close(TestPlans.OrganiserId, CaseOutcome.Redeployed, null, Later);

        sut.Reopen(TestPlans.OrganiserId, "Redeployment fell through", Later.AddDays(2));

        Assert.Equal((CaseStage.MeetingHeld, null, null), (sut.Stage, sut.ClosedAt, sut.Closure));
        Assert.Equal((ChronologyKind.Reopened, "Case reopened by the lead: Redeployment fell through"), (sut.Chronology[^1].Kind, sut.Chronology[^1].Summary));
    }

    [Fact]
    public void Reopen_ByAnyoneButTheLead_IsRefused()
    {
        var sut = TestCases.Held();
        sut.Close(TestPlans.OrganiserId, CaseOutcome.Redeployed, null, Later);

        Assert.Equal(ClosingText.OnlyLeadReopens, Assert.Throws<CaseRuleException>(() => sut.Reopen(TestCases.ClinicianId, "why", Later)).Message);
        Assert.Equal(CaseStage.Closed, sut.Stage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Reopen_WithoutAReason_IsRefused(string? reason)
    {
        var sut = TestCases.Held();
        sut.Close(TestPlans.OrganiserId, CaseOutcome.Redeployed, null, Later);

        Assert.Equal(ClosingText.ReopenNeedsReason, Assert.Throws<CaseRuleException>(() => sut.Reopen(TestPlans.OrganiserId, reason, Later)).Message);
    }

    [Fact]
    public void Reopen_AnOpenCase_IsRefused()
        => Assert.Equal(ClosingText.NotClosed, Assert.Throws<CaseRuleException>(() => TestCases.Held().Reopen(TestPlans.OrganiserId, "why", Later)).Message);

    [Theory]
    [InlineData("Redeployed", CaseOutcome.Redeployed)]
    [InlineData(" illhealthretirement ", CaseOutcome.IllHealthRetirement)]
    [InlineData("3", null)]
    [InlineData("retired", null)]
    [InlineData(null, null)]
    public void OutcomeCatalogue_Parse_ReadsStoredNamesOnly(string? value, CaseOutcome? expected)
        => Assert.Equal(expected, OutcomeCatalogue.Parse(value));
}
