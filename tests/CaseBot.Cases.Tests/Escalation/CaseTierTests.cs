using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Escalation;
using CaseBot.Cases.Tests.Booking;
using CaseBot.Cases.Tests.CriticalCases;

namespace CaseBot.Cases.Tests.Escalation;

/// <summary>A case's tier: raised by the daily check, moved either way by the OH service with a reason; never progress; a change by hand restarts the clocks.</summary>
public sealed class CaseTierTests
{
    private static readonly DateTimeOffset Later = TestCases.Opened.AddDays(40);

    private static readonly IReadOnlyList<StuckTier> Ladder =
    [
        new StuckTier { Name = "Stuck", OverdueActionDays = 14, NoProgressWeeks = 4, ContactObjectIds = ["c1"] },
        new StuckTier { Name = "Escalated", OverdueActionDays = 28, NoProgressWeeks = 8, Notify = StuckNotify.LeadAndAdmins, ContactObjectIds = ["c2", "C1"] },
    ];

    [Fact]
    public void NewCase_IsNotEscalated()
        => Assert.Equal((0, false), (TestCases.Open().Tier.Level, TestCases.Open().Tier.IsEscalated));

    [Fact]
    public void EscalateByCheck_RaisesTheTierAndSaysWhyInTheChronology()
    {
        var sut = TestCases.Open();

        sut.EscalateByCheck(1, "Stuck", [EscalationText.NoProgressFor(5)], Later);

        Assert.Equal(new CaseTier(1, "Stuck", Later, false), sut.Tier);
        Assert.Equal((ChronologyKind.Escalated, "Escalated to Stuck by the daily check: there has been no progress for 5 weeks"), (sut.Chronology[^1].Kind, sut.Chronology[^1].Summary));
    }

    [Fact]
    public void EscalateByCheck_ToTheSameOrALowerTier_IsRefused()
    {
        var sut = TestCases.Open();
        sut.EscalateByCheck(2, "Escalated", ["x"], Later);

        Assert.Equal(EscalationText.SameTier, Assert.Throws<CaseRuleException>(() => sut.EscalateByCheck(1, "Stuck", ["x"], Later)).Message);
    }

    [Fact]
    public void ChangeTier_UpByHand_IsAnEscalationWithTheReason()
    {
        var sut = TestCases.Open();

        sut.ChangeTier(2, "Escalated", "Union involved, needs senior eyes", Later);

        Assert.Equal(new CaseTier(2, "Escalated", Later, true), sut.Tier);
        Assert.Equal((ChronologyKind.Escalated, "Escalated to Escalated by the OH service: Union involved, needs senior eyes"), (sut.Chronology[^1].Kind, sut.Chronology[^1].Summary));
    }

    [Fact]
    public void ChangeTier_DownToNotEscalated_IsASteppingDown()
    {
        var sut = TestCases.Open();
        sut.EscalateByCheck(1, "Stuck", ["x"], Later);

        sut.ChangeTier(0, string.Empty, "Meeting now arranged", Later.AddDays(1));

        Assert.Equal((0, true), (sut.Tier.Level, sut.Tier.ByHand));
        Assert.Equal((ChronologyKind.SteppedDown, "Stepped down to not escalated by the OH service: Meeting now arranged"), (sut.Chronology[^1].Kind, sut.Chronology[^1].Summary));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void ChangeTier_WithoutAReason_IsRefused(string? reason)
        => Assert.Equal(EscalationText.ReasonRules, Assert.Throws<CaseRuleException>(() => TestCases.Open().ChangeTier(1, "Stuck", reason, Later)).Message);

    [Fact]
    public void ChangeTier_ToTheTierItIsAt_IsRefused()
        => Assert.Equal(EscalationText.SameTier, Assert.Throws<CaseRuleException>(() => TestCases.Open().ChangeTier(0, string.Empty, "why", Later)).Message);

    [Fact]
    public void ChangeTier_OfAClosedCase_IsRefused()
    {
        var sut = TestCases.Held();
        sut.Close(TestPlans.OrganiserId, CaseOutcome.BackAtWork, null, Later);

        Assert.Throws<CaseRuleException>(() => sut.ChangeTier(1, "Stuck", "why", Later));
    }

    [Fact]
    public void Escalations_AreNotProgress()
    {
        var sut = TestCases.Open();
        var idle = sut.IdleFor(Later);

        sut.EscalateByCheck(1, "Stuck", ["x"], Later.AddDays(-1));
        sut.ChangeTier(2, "Escalated", "why", Later.AddHours(-1));

        Assert.Equal(idle, sut.IdleFor(Later));
    }

    [Fact]
    public void StuckCaseRules_AfterAChangeByHand_CountTheClocksFromThatChange()
    {
        var sut = TestCases.Open();
        sut.ChangeTier(1, "Stuck", "Looked at it; waiting on a report", TestCases.Opened.AddDays(50));
        var threeWeeksLater = TestCases.Opened.AddDays(50 + 21);

        Assert.Null(StuckCaseRules.Assess(sut, DateOnly.FromDateTime(threeWeeksLater.UtcDateTime), threeWeeksLater, Ladder));
        var fourWeeksLater = TestCases.Opened.AddDays(50 + 28);
        Assert.Equal("Stuck", StuckCaseRules.Assess(sut, DateOnly.FromDateTime(fourWeeksLater.UtcDateTime), fourWeeksLater, Ladder)!.Tier.Name);
    }

    [Fact]
    public void EscalationTiers_ContactsOf_AreTheTiersContactsPlusAdminsWhereItSaysSoWithoutRepeats()
    {
        var sut = new EscalationTiers(Ladder, ["admin-1", "C2"]);

        Assert.Equal(["c1"], sut.ContactsOf(1));
        Assert.Equal(["c2", "C1", "admin-1"], sut.ContactsOf(2));
        Assert.Empty(sut.ContactsOf(0));
        Assert.Equal((2, "Not escalated", "Escalated"), (sut.LevelOf(Ladder[1]), sut.Name(0), sut.Name(2)));
    }
}
