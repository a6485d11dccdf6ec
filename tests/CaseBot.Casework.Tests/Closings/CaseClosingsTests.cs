using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;
using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Changes;
using CaseBot.Casework.Closings;
using CaseBot.Casework.Lookups;
using CaseBot.TestSupport.Cases;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CaseBot.Casework.Tests.Closings;

/// <summary>Closing and reopening through the one path chat and board share: the lead only, the domain's refusals, one save each.</summary>
public sealed class CaseClosingsTests
{
    private readonly FakeTimeProvider _time = new(AttendeeTestCases.Now.AddDays(3));
    private readonly Mock<ICaseRepository> _cases = new();
    private readonly List<CriticalCase> _saved = [];
    private readonly CaseClosings _sut;
    private readonly CriticalCase _stored = AttendeeTestCases.Held();

    public CaseClosingsTests()
    {
        _cases.Setup(c => c.FindByIdAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => AttendeeTestCases.Copy(_stored));
        _cases.Setup(c => c.FindAsync(AttendeeTestCases.TenantId, It.IsAny<CaseReference>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, CaseReference r, CancellationToken _) => r == _stored.Reference ? AttendeeTestCases.Copy(_stored) : null);
        _cases.Setup(c => c.UpdateAsync(It.IsAny<CriticalCase>(), It.IsAny<string>(), It.IsAny<IReadOnlyList<CaseNotice>>(), It.IsAny<CancellationToken>()))
            .Callback((CriticalCase c, string _, IReadOnlyList<CaseNotice> _, CancellationToken _) => _saved.Add(c))
            .Returns(Task.CompletedTask);
        var access = new CaseAccessPolicy(AccessGrants.None, Mock.Of<IGroupMembership>());
        var lookups = new CaseLookups(_cases.Object, Mock.Of<ICaseReferenceSearch>(), access, Mock.Of<IAuditLog>(), _time, NullLogger<CaseLookups>.Instance);
        var changes = new CaseChanges(_cases.Object, lookups, new CaseLocks(), NullLogger<CaseChanges>.Instance) { Backoff = _ => TimeSpan.Zero };
        _sut = new CaseClosings(lookups, changes, _time, NullLogger<CaseClosings>.Instance);
    }

    private static CaseCaller Lead => new(AttendeeTestCases.TenantId, AttendeeTestCases.LeadId);

    private static CaseCaller Clinician => new(AttendeeTestCases.TenantId, AttendeeTestCases.ClinicianId);

    [Fact]
    public async Task CloseAsync_ByTheLeadOnceEveryActionIsDone_SavesTheClosedCaseWithItsOutcomeAndDate()
    {
        DoEveryAction();

        var result = await _sut.CloseAsync(Lead, _stored.Id, CaseOutcome.BackAtWorkWithAdjustments, null, default);

        Assert.Equal(ClosingOutcome.Closed, result.Outcome);
        var saved = Assert.Single(_saved);
        Assert.Equal((CaseStage.Closed, _time.GetUtcNow(), CaseOutcome.BackAtWorkWithAdjustments), (saved.Stage, saved.ClosedAt, saved.Closure!.Outcome));
        _cases.Verify(c => c.UpdateAsync(It.IsAny<CriticalCase>(), AttendeeTestCases.LeadId, It.IsAny<IReadOnlyList<CaseNotice>>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task CloseAsync_WithAnOpenAction_IsRefusedWithTheReasonAndSavesNothing()
    {
        var result = await _sut.CloseAsync(Lead, _stored.Id, CaseOutcome.BackAtWork, null, default);

        Assert.Equal((ClosingOutcome.Refused, CaseText.CloseWithOpenActions), (result.Outcome, result.Refusal));
        Assert.Empty(_saved);
    }

    [Fact]
    public async Task CloseAsync_ByAnAttendee_IsRefusedAsNotTheLead()
    {
        DoEveryAction();

        var result = await _sut.CloseAsync(Clinician, _stored.Id, CaseOutcome.BackAtWork, null, default);

        Assert.Equal((ClosingOutcome.Refused, CaseText.OnlyLeadCloses), (result.Outcome, result.Refusal));
        Assert.Empty(_saved);
    }

    [Fact]
    public async Task CloseAsync_WithoutAnOutcome_IsRefused()
    {
        DoEveryAction();

        var result = await _sut.CloseAsync(Lead, _stored.Id, null, null, default);

        Assert.Equal((ClosingOutcome.Refused, ClosingText.OutcomeRequired), (result.Outcome, result.Refusal));
        Assert.Empty(_saved);
    }

    [Fact]
    public async Task CloseAsync_ByAStranger_IsNotFound()
    {
        DoEveryAction();

        var result = await _sut.CloseAsync(new CaseCaller(AttendeeTestCases.TenantId, "stranger"), _stored.Id, CaseOutcome.BackAtWork, null, default);

        Assert.Equal((ClosingOutcome.NotFound, null), (result.Outcome, result.Case));
        Assert.Empty(_saved);
    }

    [Fact]
    public async Task ReopenAsync_ByTheLeadWithAReason_SavesTheCaseOpenAgain()
    {
        DoEveryAction();
        _stored.Close(AttendeeTestCases.LeadId, CaseOutcome.Redeployed, null, _time.GetUtcNow());

        var result = await _sut.ReopenAsync(Lead, _stored.Id, "The new role did not work out", default);

        Assert.Equal(ClosingOutcome.Reopened, result.Outcome);
        var saved = Assert.Single(_saved);
        Assert.Equal((CaseStage.MeetingHeld, null, null, ChronologyKind.Reopened), (saved.Stage, saved.ClosedAt, saved.Closure, saved.Chronology[^1].Kind));
    }

    [Fact]
    public async Task CheckCloseAsync_ByReference_SaysWhyNotBeforeAnyQuestion()
    {
        var check = await _sut.CheckCloseAsync(Lead, _stored.Reference.Value, default);

        Assert.Equal((_stored.Id, CaseText.CloseWithOpenActions, false), (check.Case!.Id, check.WhyNot, check.Allowed));
    }

    [Fact]
    public async Task CheckReopenAsync_AnOpenCase_SaysItIsNotClosed()
        => Assert.Equal(ClosingText.NotClosed, (await _sut.CheckReopenAsync(Lead, _stored.Reference.Value, default)).WhyNot);

    [Fact]
    public async Task CheckCloseAsync_UnknownReference_IsNoCaseFound()
    {
        var check = await _sut.CheckCloseAsync(Lead, "HR-0000-0000", default);

        Assert.Equal((null, CaseText.NoCaseFound), (check.Case, check.WhyNot));
    }

    private void DoEveryAction()
    {
        foreach (var action in _stored.OpenActions.ToList())
        {
            _stored.TickAction(action.Id, action.OwnerAadObjectId, AttendeeTestCases.Now.AddDays(2));
        }
    }
}
