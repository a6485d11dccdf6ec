using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Tests.Booking;
using CaseBot.Cases.Triage;

namespace CaseBot.Cases.Tests.CriticalCases;

/// <summary>Recognising a save of the same case sent again (a retried turn), so it is not reported as someone else's duplicate.</summary>
public sealed class CriticalCaseOpeningTests
{
    [Fact]
    public void IsSameOpeningAs_SameReferenceLeadTriageAndDecision_IsTrueEvenWithAnotherId()
    {
        var saved = TestCases.Open();

        Assert.True(saved.IsSameOpeningAs(Reopened(saved, saved.Triage, TestPlans.OrganiserId)));
    }

    [Fact]
    public void IsSameOpeningAs_AnotherLead_IsFalse()
    {
        var saved = TestCases.Open();

        Assert.False(saved.IsSameOpeningAs(Reopened(saved, saved.Triage, TestCases.ClinicianId)));
    }

    [Fact]
    public void IsSameOpeningAs_OtherTriggers_IsFalse()
    {
        var saved = TestCases.Open();
        var other = saved.Triage with { Answers = saved.Triage.Answers with { Triggers = new HashSet<Trigger> { Trigger.ProcessStuck } } };

        Assert.False(saved.IsSameOpeningAs(Reopened(saved, other, TestPlans.OrganiserId)));
    }

    [Fact]
    public void IsSameOpeningAs_CaseThatHasMovedOn_IsFalse()
    {
        var booked = TestCases.Booked();

        Assert.False(booked.IsSameOpeningAs(Reopened(booked, booked.Triage, TestPlans.OrganiserId)));
    }

    private static CriticalCase Reopened(CriticalCase saved, TriageRecord triage, string lead)
        => CriticalCase.Open(Guid.NewGuid(), saved.Reference, lead, saved.TenantId, triage with { Answers = triage.Answers with { Triggers = triage.Answers.Triggers.ToHashSet() } }, saved.Decision, TestCases.Opened.AddMinutes(1));
}
