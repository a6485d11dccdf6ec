using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Escalation;

namespace CaseBot.Cases.Tests.Escalation;

/// <summary>Stuck detection per tier at its boundaries: overdue by more than N days, or no progress for M weeks.</summary>
public sealed class StuckCaseRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly IReadOnlyList<StuckTier> Tiers = TestStuckCases.Tiers;

    [Fact]
    public void Assess_ActionOverdueExactlyTheTiersDays_IsNotStuck()
    {
        var criticalCase = WithAction(Today.AddDays(-14), Now.AddDays(-1));

        var finding = StuckCaseRules.Assess(criticalCase, Today, Now, Tiers);

        Assert.Null(finding);
    }

    [Fact]
    public void Assess_ActionOverdueOneDayMoreThanTheFirstTier_IsAtTheFirstTier()
    {
        var criticalCase = WithAction(Today.AddDays(-15), Now.AddDays(-1));

        var finding = StuckCaseRules.Assess(criticalCase, Today, Now, Tiers);

        Assert.Equal(("Stuck", 15), (finding!.Tier.Name, finding.OverdueDays));
        Assert.Equal([EscalationText.OverdueFor(15)], finding.Reasons);
    }

    [Theory]
    [InlineData(28, "Stuck")]
    [InlineData(29, "Escalated")]
    public void Assess_ActionOverdueAroundTheSecondTier_IsAtTheHighestTierPassed(int days, string tier)
    {
        var criticalCase = WithAction(Today.AddDays(-days), Now.AddDays(-1));

        var finding = StuckCaseRules.Assess(criticalCase, Today, Now, Tiers);

        Assert.Equal(tier, finding!.Tier.Name);
    }

    [Fact]
    public void Assess_NoProgressForExactlyTheTiersWeeks_IsAtThatTier()
    {
        var criticalCase = TestStuckCases.Open("HR-1", Now.AddDays(-28));

        var finding = StuckCaseRules.Assess(criticalCase, Today, Now, Tiers);

        Assert.Equal(("Stuck", (int?)4), (finding!.Tier.Name, finding.IdleWeeks));
        Assert.Equal([EscalationText.NoProgressFor(4)], finding.Reasons);
    }

    [Fact]
    public void Assess_NoProgressForAMinuteLessThanTheTiersWeeks_IsNotStuck()
    {
        var criticalCase = TestStuckCases.Open("HR-1", Now.AddDays(-28).AddMinutes(1));

        var finding = StuckCaseRules.Assess(criticalCase, Today, Now, Tiers);

        Assert.Null(finding);
    }

    [Fact]
    public void Assess_NoProgressForTheSecondTiersWeeks_IsAtTheSecondTier()
    {
        var criticalCase = TestStuckCases.Open("HR-1", Now.AddDays(-56));

        var finding = StuckCaseRules.Assess(criticalCase, Today, Now, Tiers);

        Assert.Equal(("Escalated", StuckNotify.LeadAndAdmins), (finding!.Tier.Name, finding.Tier.Notify));
    }

    [Fact]
    public void Assess_BothThresholdsPassed_GivesBothReasons()
    {
        var criticalCase = WithAction(Today.AddDays(-20), Now.AddDays(-35));

        var finding = StuckCaseRules.Assess(criticalCase, Today, Now, Tiers);

        Assert.Equal([EscalationText.OverdueFor(20), EscalationText.NoProgressFor(5)], finding!.Reasons);
    }

    [Fact]
    public void Assess_OnlyRemindersAndKeyDatesSinceTheTiersWeeks_IsStuck()
    {
        var criticalCase = WithAction(Today.AddDays(-3), Now.AddDays(-30));
        criticalCase.MarkReminded(criticalCase.Actions[0].Id, Today, Now.AddHours(-1));
        criticalCase.AddKeyDate(Now.AddDays(-2), "Report received");

        var finding = StuckCaseRules.Assess(criticalCase, Today, Now, Tiers);

        Assert.Equal([EscalationText.NoProgressFor(4)], finding!.Reasons);
    }

    [Fact]
    public void Assess_ActionDoneRecently_IsProgress()
    {
        var criticalCase = WithAction(Today.AddDays(-3), Now.AddDays(-60), Today.AddDays(5));
        criticalCase.TickAction(criticalCase.Actions[0].Id, TestStuckCases.ClinicianId, Now.AddDays(-1));

        var finding = StuckCaseRules.Assess(criticalCase, Today, Now, Tiers);

        Assert.Null(finding);
    }

    [Fact]
    public void Assess_MeetingBookedAhead_IsNotStuckForWantOfProgress()
    {
        var criticalCase = TestStuckCases.Open("HR-1", Now.AddDays(-84));
        criticalCase.Book(TestStuckCases.Plan(criticalCase), new BookedMeeting("event-1", null, null, null), Now.AddDays(-84));

        var finding = StuckCaseRules.Assess(criticalCase, Today, Now, Tiers);

        Assert.Null(finding);
    }

    [Fact]
    public void Assess_OverdueActionWithAMeetingBookedAhead_IsNotStuck()
    {
        var criticalCase = WithAction(Today.AddDays(-40), Now.AddDays(-60));
        criticalCase.Book(TestStuckCases.Plan(criticalCase), new BookedMeeting("event-2", null, null, null), Now.AddDays(-50));

        var finding = StuckCaseRules.Assess(criticalCase, Today, Now, Tiers);

        Assert.Null(finding);
    }

    [Fact]
    public void Assess_BookedMeetingLongPastAndNotRecorded_CountsFromItsEnd()
    {
        var now = TestStuckCases.MeetingStart.AddDays(29);
        var criticalCase = TestStuckCases.Open("HR-1", now.AddDays(-84));
        criticalCase.Book(TestStuckCases.Plan(criticalCase), new BookedMeeting("event-1", null, null, null), now.AddDays(-84));

        var finding = StuckCaseRules.Assess(criticalCase, DateOnly.FromDateTime(now.UtcDateTime), now, Tiers);

        Assert.Equal([EscalationText.NoProgressFor(4)], finding!.Reasons);
    }

    [Fact]
    public void Assess_ClosedCase_IsNotStuck()
    {
        var criticalCase = TestStuckCases.Open("HR-1", Now.AddDays(-365));
        criticalCase.Close(TestStuckCases.LeadId, CaseOutcome.BackAtWork, null, Now.AddDays(-300));

        var finding = StuckCaseRules.Assess(criticalCase, Today, Now, Tiers);

        Assert.Null(finding);
    }

    // A case whose meeting was held at "heldAt" with one action due on "due" (and optionally a second).
    private static CriticalCase WithAction(DateOnly due, DateTimeOffset heldAt, DateOnly? secondDue = null)
    {
        var criticalCase = TestStuckCases.Open("HR-1", heldAt);
        criticalCase.Book(TestStuckCases.Plan(criticalCase), new BookedMeeting("event-1", null, null, null), heldAt);
        ActionItem[] actions = secondDue is { } second ? [TestStuckCases.Action(due: due), TestStuckCases.Action(due: second)] : [TestStuckCases.Action(due: due)];
        criticalCase.RecordMeeting(TestStuckCases.LeadId, [], actions, heldAt);
        return criticalCase;
    }
}
