using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Lookups;
using CaseBot.TestSupport.Cases;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace CaseBot.Casework.Tests.Lookups;

/// <summary>
/// Reading a case as the caller may see it: strangers and missing cases alike, every lookup by reference audited, and every view by
/// id audited too, with the case's own people told apart from those who may only see its status.
/// </summary>
public sealed class CaseLookupsTests
{
    private const string Staff = "00000000-0000-0000-0000-0000000000f1";
    private const string Admin = "00000000-0000-0000-0000-0000000000f2";
    private readonly CriticalCase _stored = AttendeeTestCases.Held();
    private readonly Mock<ICaseRepository> _cases = new();
    private readonly Mock<IAuditLog> _audit = new();
    private readonly CaseLookups _sut;

    public CaseLookupsTests()
    {
        _cases.Setup(c => c.FindAsync(AttendeeTestCases.TenantId, _stored.Reference, It.IsAny<CancellationToken>())).ReturnsAsync(_stored);
        _cases.Setup(c => c.FindByIdAsync(_stored.Id, It.IsAny<CancellationToken>())).ReturnsAsync(_stored);
        _sut = Lookups(new AccessGrants(staffObjectIds: [Staff], adminObjectIds: [Admin]));
    }

    [Theory]
    [InlineData(AttendeeTestCases.LeadId, AuditOutcome.Shown)]
    [InlineData(AttendeeTestCases.ClinicianId, AuditOutcome.Shown)]
    [InlineData(Staff, AuditOutcome.Shown)]
    [InlineData("stranger", AuditOutcome.Denied)]
    public async Task LookUpAsync_AnyCaller_IsAuditedOnceWithTheOutcome(string caller, AuditOutcome outcome)
    {
        var lookup = await _sut.LookUpAsync(new CaseCaller(AttendeeTestCases.TenantId, caller), _stored.Reference, default);

        Assert.Equal(outcome == AuditOutcome.Shown, lookup.Shown is not null);
        _audit.Verify(a => a.AppendAsync(It.Is<AuditEntry>(e => e.Action == AuditAction.CaseLookup && e.Outcome == outcome && e.ActorAadObjectId == caller), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData(AttendeeTestCases.LeadId, CaseViewKind.OnTheCase, AuditOutcome.Shown)]
    [InlineData(AttendeeTestCases.ClinicianId, CaseViewKind.OnTheCase, AuditOutcome.Shown)]
    [InlineData(Staff, CaseViewKind.StatusOnly, AuditOutcome.Shown)]
    [InlineData(Admin, CaseViewKind.StatusOnly, AuditOutcome.Shown)]
    [InlineData("stranger", CaseViewKind.Hidden, AuditOutcome.Denied)]
    public async Task ViewAsync_AnyCaller_SeesWhatTheirPartAllowsAndIsAuditedOnceWithTheCase(string caller, CaseViewKind kind, AuditOutcome outcome)
    {
        var view = await _sut.ViewAsync(new CaseCaller(AttendeeTestCases.TenantId, caller), _stored.Id, default);

        Assert.Equal((kind, kind != CaseViewKind.Hidden), (view.Kind, view.Case is not null));
        _audit.Verify(
            a => a.AppendAsync(
                It.Is<AuditEntry>(e => e.Action == AuditAction.CaseCardViewed && e.Outcome == outcome && e.ActorAadObjectId == caller && e.CaseId == _stored.Id && e.CaseReference == _stored.Reference),
                It.IsAny<CancellationToken>()),
            Times.Once);
        _audit.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ViewAsync_AdminWhoAttends_IsOnTheCase()
    {
        var sut = Lookups(new AccessGrants(adminObjectIds: [AttendeeTestCases.CaseworkerId]));

        var view = await sut.ViewAsync(new CaseCaller(AttendeeTestCases.TenantId, AttendeeTestCases.CaseworkerId), _stored.Id, default);

        Assert.Same(_stored, view.OnTheCase);
    }

    [Fact]
    public async Task ViewAsync_MissingCase_IsHiddenAndAuditedAsNotFound()
    {
        var view = await _sut.ViewAsync(new CaseCaller(AttendeeTestCases.TenantId, Staff), Guid.NewGuid(), default);

        Assert.Equal((CaseViewKind.Hidden, null), (view.Kind, view.Case));
        _audit.Verify(
            a => a.AppendAsync(It.Is<AuditEntry>(e => e.Action == AuditAction.CaseCardViewed && e.Outcome == AuditOutcome.NotFound && e.CaseId == null), It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task ViewAsync_CaseOfAnotherTenant_IsAuditedInTheCallersTenantAsNotFoundWithoutItsIdOrReference()
    {
        var view = await _sut.ViewAsync(new CaseCaller("other-tenant", Staff), _stored.Id, default);

        Assert.Equal(CaseViewKind.Hidden, view.Kind);
        _audit.Verify(
            a => a.AppendAsync(
                It.Is<AuditEntry>(e => e.TenantId == "other-tenant" && e.Outcome == AuditOutcome.NotFound && e.CaseId == null && e.CaseReference == null),
                It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task FindLedAsync_Stranger_GetsTheAnswerForAMissingCase()
    {
        var led = await _sut.FindLedAsync(new CaseCaller(AttendeeTestCases.TenantId, "stranger"), _stored.Reference.Value, default);

        Assert.Equal(LedCase.Missing, led);
    }

    [Fact]
    public async Task FindLedAsync_AttendeeWhoDoesNotLead_IsFoundButNotTheirsToActOn()
    {
        var led = await _sut.FindLedAsync(new CaseCaller(AttendeeTestCases.TenantId, AttendeeTestCases.ClinicianId), _stored.Reference.Value, default);

        Assert.Equal((true, false), (led.Found, led.IsLead));
    }

    [Fact]
    public async Task FindLedAsync_Lead_IsFoundAndLeads()
    {
        var led = await _sut.FindLedAsync(new CaseCaller(AttendeeTestCases.TenantId, AttendeeTestCases.LeadId), "hr-2026-0142", default);

        Assert.Equal((_stored.Id, true), (led.Case!.Id, led.IsLead));
    }

    [Fact]
    public async Task FindLedAsync_LeadOfAnotherTenant_GetsTheAnswerForAMissingCase()
    {
        var led = await _sut.FindLedAsync(new CaseCaller("other-tenant", AttendeeTestCases.LeadId), _stored.Reference.Value, default);

        Assert.False(led.Found);
    }

    private CaseLookups Lookups(AccessGrants grants) => new(
        _cases.Object, Mock.Of<ICaseReferenceSearch>(), new CaseAccessPolicy(grants, Mock.Of<IGroupMembership>()), _audit.Object, TimeProvider.System,
        NullLogger<CaseLookups>.Instance);
}
