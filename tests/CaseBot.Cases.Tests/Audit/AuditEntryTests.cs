using CaseBot.Cases.Audit;

namespace CaseBot.Cases.Tests.Audit;

public sealed class AuditEntryTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void New_BlankActor_IsRefused(string actor)
        => Assert.ThrowsAny<ArgumentException>(() => new AuditEntry(DateTimeOffset.UnixEpoch, "t1", actor, AuditAction.CaseLookup, AuditOutcome.Shown, null, null));

    [Fact]
    public void New_ActorLongerThanAnId_IsRefused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new AuditEntry(
            DateTimeOffset.UnixEpoch, "t1", new string('a', AuditEntry.MaxIdLength + 1), AuditAction.CaseLookup, AuditOutcome.Shown, null, null));

    [Fact]
    public void IAuditLog_OffersNoWayToChangeOrRemoveEntries()
    {
        var methods = typeof(IAuditLog).GetMethods().Select(m => m.Name).Order();

        Assert.Equal([nameof(IAuditLog.AppendAsync), nameof(IAuditLog.ForCaseAsync)], methods);
    }
}
