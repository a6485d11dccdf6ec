using CaseBot.Cases.Access;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Openings;
using CaseBot.TestSupport.Cases;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CaseBot.Casework.Tests.Openings;

/// <summary>Opening a case under a reference unique in its tenant, and recognising the same opening run twice.</summary>
public sealed class CaseOpeningsTests
{
    private static readonly CaseCaller Lead = new(AttendeeTestCases.TenantId, AttendeeTestCases.LeadId);
    private readonly Mock<ICaseRepository> _cases = new();
    private readonly CaseOpenings _sut;
    private readonly CriticalCase _triaged = AttendeeTestCases.Opened();

    public CaseOpeningsTests() => _sut = new CaseOpenings(_cases.Object, new FakeTimeProvider(AttendeeTestCases.Now.AddDays(-10)));

    [Fact]
    public async Task OpenAsync_FreeReference_SavesTheCaseWithTheCallerAsLead()
    {
        var opening = await _sut.OpenAsync(Lead, _triaged.Reference, _triaged.Triage, _triaged.Decision, default);

        Assert.Equal((AttendeeTestCases.LeadId, AttendeeTestCases.TenantId), (opening.Case!.LeadAadObjectId, opening.Case.TenantId));
        _cases.Verify(c => c.AddAsync(opening.Case, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task OpenAsync_TheSameOpeningSavedBefore_IsThatCase()
    {
        _cases.Setup(c => c.AddAsync(It.IsAny<CriticalCase>(), It.IsAny<CancellationToken>())).ThrowsAsync(new DuplicateCaseReferenceException());
        _cases.Setup(c => c.FindAsync(AttendeeTestCases.TenantId, _triaged.Reference, It.IsAny<CancellationToken>())).ReturnsAsync(_triaged);

        var opening = await _sut.OpenAsync(Lead, _triaged.Reference, _triaged.Triage, _triaged.Decision, default);

        Assert.Same(_triaged, opening.Case);
    }

    [Fact]
    public async Task OpenAsync_AnotherCaseHoldsTheReference_IsRefused()
    {
        _cases.Setup(c => c.AddAsync(It.IsAny<CriticalCase>(), It.IsAny<CancellationToken>())).ThrowsAsync(new DuplicateCaseReferenceException());
        _cases.Setup(c => c.FindAsync(AttendeeTestCases.TenantId, _triaged.Reference, It.IsAny<CancellationToken>())).ReturnsAsync(AttendeeTestCases.Booked());

        var opening = await _sut.OpenAsync(Lead, _triaged.Reference, _triaged.Triage, _triaged.Decision, default);

        Assert.True(opening.ReferenceTaken);
    }
}
