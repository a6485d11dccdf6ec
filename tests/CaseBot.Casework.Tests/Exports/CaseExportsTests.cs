using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Exports;
using CaseBot.TestSupport.Cases;
using Moq;

namespace CaseBot.Casework.Tests.Exports;

/// <summary>What an admin may take away about a case, and that every attempt, by anyone, is audited.</summary>
public sealed class CaseExportsTests
{
    private const string Admin = "00000000-0000-0000-0000-0000000000e1";
    private static readonly CaseReference Gone = CaseReference.Parse("HR-GONE");
    private readonly CriticalCase _stored = AttendeeTestCases.Held();
    private readonly Mock<ICaseRepository> _cases = new();
    private readonly Mock<IAuditLog> _audit = new();
    private readonly CaseExports _sut;

    public CaseExportsTests()
    {
        _cases.Setup(c => c.FindAsync(AttendeeTestCases.TenantId, _stored.Reference, It.IsAny<CancellationToken>())).ReturnsAsync(_stored);
        _audit.Setup(a => a.ForCaseAsync(AttendeeTestCases.TenantId, It.IsAny<CaseReference>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var grants = new AccessGrants(adminObjectIds: [Admin]);
        _sut = new CaseExports(_cases.Object, new CaseAccessPolicy(grants, Mock.Of<IGroupMembership>()), _audit.Object, TimeProvider.System);
    }

    [Fact]
    public async Task CaseDataAsync_Admin_GetsTheCaseAsJsonAndTheExportIsAudited()
    {
        var export = await _sut.CaseDataAsync(new CaseCaller(AttendeeTestCases.TenantId, Admin), _stored.Reference, default);

        Assert.Equal(("case-HR-2026-0142.json", CaseExportDocument.ContentType), (export.File!.Name, export.File.ContentType));
        Assert.Contains(_stored.Id.ToString(), export.File.Text, StringComparison.Ordinal);
        AssertAudited(AuditAction.CaseExported, AuditOutcome.Shown, Admin);
    }

    [Fact]
    public async Task CaseDataAsync_TheCasesOwnLead_IsDeniedWithNoFile()
    {
        var export = await _sut.CaseDataAsync(new CaseCaller(AttendeeTestCases.TenantId, AttendeeTestCases.LeadId), _stored.Reference, default);

        Assert.Equal((AuditOutcome.Denied, (CaseFile?)null), (export.Outcome, export.File));
        AssertAudited(AuditAction.CaseExported, AuditOutcome.Denied, AttendeeTestCases.LeadId);
    }

    [Fact]
    public async Task AuditTrailAsync_CaseGoneButItsTrailKept_IsShownToAnAdmin()
    {
        var entry = new AuditEntry(AttendeeTestCases.Now, AttendeeTestCases.TenantId, "someone", AuditAction.CaseLookup, AuditOutcome.NotFound, null, Gone);
        _audit.Setup(a => a.ForCaseAsync(AttendeeTestCases.TenantId, Gone, It.IsAny<CancellationToken>())).ReturnsAsync([new AuditRecord(1, entry)]);

        var export = await _sut.AuditTrailAsync(new CaseCaller(AttendeeTestCases.TenantId, Admin), Gone, default);

        Assert.Equal((AuditOutcome.Shown, 1, "audit-HR-GONE.csv"), (export.Outcome, export.Entries, export.File!.Name));
        AssertAudited(AuditAction.AuditExported, AuditOutcome.Shown, Admin);
    }

    [Fact]
    public async Task AuditTrailAsync_NothingEverHeldUnderTheReference_IsNotFoundEvenForAnAdmin()
    {
        var export = await _sut.AuditTrailAsync(new CaseCaller(AttendeeTestCases.TenantId, Admin), Gone, default);

        Assert.Equal(AuditOutcome.NotFound, export.Outcome);
        AssertAudited(AuditAction.AuditExported, AuditOutcome.NotFound, Admin);
    }

    private void AssertAudited(AuditAction action, AuditOutcome outcome, string actor)
        => _audit.Verify(a => a.AppendAsync(It.Is<AuditEntry>(e => e.Action == action && e.Outcome == outcome && e.ActorAadObjectId == actor), It.IsAny<CancellationToken>()), Times.Once);
}
