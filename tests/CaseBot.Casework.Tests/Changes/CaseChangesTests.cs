using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Changes;
using CaseBot.Casework.Lookups;
using CaseBot.TestSupport.Cases;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace CaseBot.Casework.Tests.Changes;

/// <summary>Applying a change to a case: read fresh, decide, save; a lost race is retried on a new read; strangers see no case.</summary>
public sealed class CaseChangesTests
{
    private readonly CriticalCase _stored = AttendeeTestCases.Held();
    private readonly Mock<ICaseRepository> _cases = new();
    private readonly CaseChanges _sut;
    private int _decisions;

    public CaseChangesTests()
    {
        _cases.Setup(c => c.FindByIdAsync(_stored.Id, It.IsAny<CancellationToken>())).ReturnsAsync(() => AttendeeTestCases.Copy(_stored));
        var access = new CaseAccessPolicy(AccessGrants.None, Mock.Of<IGroupMembership>());
        var lookups = new CaseLookups(_cases.Object, Mock.Of<ICaseReferenceSearch>(), access, Mock.Of<IAuditLog>(), TimeProvider.System, NullLogger<CaseLookups>.Instance);
        _sut = new CaseChanges(_cases.Object, lookups, new CaseLocks(), NullLogger<CaseChanges>.Instance) { Backoff = _ => TimeSpan.Zero };
    }

    private static CaseCaller Clinician => new(AttendeeTestCases.TenantId, AttendeeTestCases.ClinicianId);

    [Fact]
    public async Task ApplyAsync_SaveLosesARaceOnce_ReadsAgainDecidesAgainAndSaves()
    {
        _cases.SetupSequence(c => c.UpdateAsync(It.IsAny<CriticalCase>(), AttendeeTestCases.ClinicianId, It.IsAny<IReadOnlyList<CaseNotice>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CaseConflictException())
            .Returns(Task.CompletedTask);

        var result = await _sut.ApplyAsync(_stored.Id, Clinician, Save, default);

        Assert.Equal(CaseChangeStatus.Saved, result.Status);
        Assert.Equal(2, _decisions);
        _cases.Verify(c => c.FindByIdAsync(_stored.Id, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task ApplyAsync_EverySaveLosesTheRace_GivesUpAfterTheMaximumWithTheCaseAsStored()
    {
        _cases.Setup(c => c.UpdateAsync(It.IsAny<CriticalCase>(), It.IsAny<string>(), It.IsAny<IReadOnlyList<CaseNotice>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CaseConflictException());

        var result = await _sut.ApplyAsync(_stored.Id, Clinician, Save, default);

        Assert.Equal(CaseChangeStatus.Conflict, result.Status);
        Assert.Equal(CaseChanges.MaxAttempts, _decisions);
        Assert.Equal(_stored.Chronology.Count, result.Case!.Chronology.Count);
    }

    [Fact]
    public async Task ApplyAsync_ChangeDecidesNotToSave_SavesNothing()
    {
        var result = await _sut.ApplyAsync(_stored.Id, Clinician, _ => CaseChange<int>.Unchanged(7), default);

        Assert.Equal((CaseChangeStatus.Unchanged, 7), (result.Status, result.Result));
        _cases.Verify(c => c.UpdateAsync(It.IsAny<CriticalCase>(), It.IsAny<string>(), It.IsAny<IReadOnlyList<CaseNotice>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ApplyAsync_Stranger_IsMissingAndTheChangeNeverRuns()
    {
        var result = await _sut.ApplyAsync(_stored.Id, new CaseCaller(AttendeeTestCases.TenantId, "stranger"), Save, default);

        Assert.Equal(CaseChangeStatus.Missing, result.Status);
        Assert.Equal(0, _decisions);
    }

    [Fact]
    public async Task ApplyAsync_AttendeeOfAnotherTenant_IsMissing()
    {
        var result = await _sut.ApplyAsync(_stored.Id, new CaseCaller("other-tenant", AttendeeTestCases.ClinicianId), Save, default);

        Assert.Equal(CaseChangeStatus.Missing, result.Status);
    }

    [Fact]
    public async Task ApplyAsync_SavesWithTheChangesNotices()
    {
        var notice = new CaseNotice("actions", null, null, "{}", "key-1", "actions");

        await _sut.ApplyAsync(_stored.Id, Clinician, _ => CaseChange<int>.Saved(1, [notice]), default);

        _cases.Verify(c => c.UpdateAsync(It.IsAny<CriticalCase>(), AttendeeTestCases.ClinicianId, It.Is<IReadOnlyList<CaseNotice>>(n => n.Single() == notice), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ApplyAsync_CaseBotsOwnChange_DecidesOnTheCaseAsReadWithoutReadingItAgain()
    {
        var current = AttendeeTestCases.Copy(_stored);

        var result = await _sut.ApplyAsync(current, "job:test", Save, default);

        Assert.Equal(CaseChangeStatus.Saved, result.Status);
        Assert.Same(current, result.Case);
        _cases.Verify(c => c.FindByIdAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
        _cases.Verify(c => c.UpdateAsync(current, "job:test", It.IsAny<IReadOnlyList<CaseNotice>>(), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ApplyAsync_CaseBotsOwnChangeLosesARace_DecidesAgainOnAFreshReadUnderTheSamePolicy()
    {
        _cases.SetupSequence(c => c.UpdateAsync(It.IsAny<CriticalCase>(), "job:test", It.IsAny<IReadOnlyList<CaseNotice>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CaseConflictException())
            .ThrowsAsync(new CaseConflictException())
            .Returns(Task.CompletedTask);

        var result = await _sut.ApplyAsync(AttendeeTestCases.Copy(_stored), "job:test", Save, default);

        Assert.Equal((CaseChangeStatus.Saved, 3), (result.Status, _decisions));
        _cases.Verify(c => c.FindByIdAsync(_stored.Id, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task ApplyAsync_CaseBotsOwnChangeToACaseDeletedMeanwhile_IsMissing()
    {
        _cases.Setup(c => c.UpdateAsync(It.IsAny<CriticalCase>(), "job:test", It.IsAny<IReadOnlyList<CaseNotice>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CaseConflictException());
        _cases.Setup(c => c.FindByIdAsync(_stored.Id, It.IsAny<CancellationToken>())).ReturnsAsync((CriticalCase?)null);

        var result = await _sut.ApplyAsync(AttendeeTestCases.Copy(_stored), "job:test", Save, default);

        Assert.Equal((CaseChangeStatus.Missing, 1), (result.Status, _decisions));
    }

    private CaseChange<int> Save(CriticalCase criticalCase)
    {
        _decisions++;
        return CaseChange<int>.Saved(_decisions, []);
    }
}
