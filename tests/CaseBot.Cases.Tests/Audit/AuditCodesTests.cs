using CaseBot.Cases.Audit;

namespace CaseBot.Cases.Tests.Audit;

public sealed class AuditCodesTests
{
    [Theory]
    [InlineData(AuditAction.CaseLookup, "case.lookup")]
    [InlineData(AuditAction.CaseOpened, "case.opened")]
    [InlineData(AuditAction.AuditExported, "audit.exported")]
    [InlineData(AuditAction.CaseCardViewed, "case.card-viewed")]
    public void Code_EachAction_IsTheStableCode(AuditAction action, string code) => Assert.Equal(code, AuditCodes.Code(action));

    [Theory]
    [InlineData(AuditOutcome.Shown, "shown")]
    [InlineData(AuditOutcome.NotFound, "not-found")]
    [InlineData(AuditOutcome.Denied, "denied")]
    [InlineData(AuditOutcome.Saved, "saved")]
    [InlineData(AuditOutcome.Refused, "refused")]
    public void Code_EachOutcome_IsTheStableCode(AuditOutcome outcome, string code) => Assert.Equal(code, AuditCodes.Code(outcome));

    [Fact]
    public void Action_EveryCode_ReadsBackToItsAction()
        => Assert.All(Enum.GetValues<AuditAction>(), a => Assert.Equal(a, AuditCodes.Action(AuditCodes.Code(a))));

    [Fact]
    public void Outcome_EveryCode_ReadsBackToItsOutcome()
        => Assert.All(Enum.GetValues<AuditOutcome>(), o => Assert.Equal(o, AuditCodes.Outcome(AuditCodes.Code(o))));
}
