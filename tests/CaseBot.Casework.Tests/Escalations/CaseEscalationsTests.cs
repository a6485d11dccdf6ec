using CaseBot.Cases.Access;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Escalation;
using CaseBot.Casework.Changes;
using CaseBot.Casework.Escalations;
using CaseBot.Casework.Lookups;
using CaseBot.TestSupport.Cases;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CaseBot.Casework.Tests.Escalations;

/// <summary>Changing a case's tier by hand: the OH service only, with a reason, announced to the lead and both tiers' contacts in the same save.</summary>
public sealed class CaseEscalationsTests
{
    private const string ServiceId = "55555555-5555-5555-5555-555555555555";
    private readonly FakeTimeProvider _time = new(AttendeeTestCases.Now);
    private readonly Mock<ICaseRepository> _cases = new();
    private readonly Mock<ITierNotices> _notices = new();
    private readonly List<(CriticalCase Case, string Actor, IReadOnlyList<CaseNotice> Notices)> _saved = [];
    private readonly CriticalCase _stored = AttendeeTestCases.Held();
    private readonly CaseEscalations _sut;

    public CaseEscalationsTests()
    {
        _cases.Setup(c => c.FindByIdAsync(_stored.Id, It.IsAny<CancellationToken>())).ReturnsAsync(() => AttendeeTestCases.Copy(_stored));
        _cases.Setup(c => c.UpdateAsync(It.IsAny<CriticalCase>(), It.IsAny<string>(), It.IsAny<IReadOnlyList<CaseNotice>>(), It.IsAny<CancellationToken>()))
            .Callback((CriticalCase c, string a, IReadOnlyList<CaseNotice> n, CancellationToken _) => _saved.Add((c, a, n)))
            .Returns(Task.CompletedTask);
        _notices.Setup(n => n.ForTierChange(It.IsAny<CriticalCase>(), It.IsAny<IReadOnlyList<string>>()))
            .Returns((CriticalCase c, IReadOnlyList<string> to) => [.. to.Select(id => new CaseNotice("tier", id, null, "{}", "tier/" + id))]);
        var access = new CaseAccessPolicy(new AccessGrants(serviceObjectIds: [ServiceId]), Mock.Of<IGroupMembership>());
        var lookups = new CaseLookups(_cases.Object, Mock.Of<ICaseReferenceSearch>(), access, Mock.Of<IAuditLog>(), _time, NullLogger<CaseLookups>.Instance);
        var changes = new CaseChanges(_cases.Object, lookups, new CaseLocks(), NullLogger<CaseChanges>.Instance) { Backoff = _ => TimeSpan.Zero };
        var tiers = new EscalationTiers(
        [
            new StuckTier { Name = "Stuck", OverdueActionDays = 14, NoProgressWeeks = 4, ContactObjectIds = ["contact-1"] },
            new StuckTier { Name = "Escalated", OverdueActionDays = 28, NoProgressWeeks = 8, ContactObjectIds = ["contact-2"] },
        ]);
        _sut = new CaseEscalations(access, changes, tiers, _notices.Object, _time, NullLogger<CaseEscalations>.Instance);
    }

    private static CaseCaller Service => new(AttendeeTestCases.TenantId, ServiceId);

    [Fact]
    public async Task ChangeAsync_ByTheServiceUpATier_SavesTheTierAndTellsTheLeadAndTheNewTiersContacts()
    {
        var result = await _sut.ChangeAsync(Service, _stored.Id, 2, "Two referrals bounced", default);

        Assert.Equal(TierChangeOutcome.Changed, result.Outcome);
        var (saved, actor, notices) = Assert.Single(_saved);
        Assert.Equal((2, "Escalated", true, ServiceId), (saved.Tier.Level, saved.Tier.Name, saved.Tier.ByHand, actor));
        Assert.Equal(new[] { "contact-2", AttendeeTestCases.LeadId }.Order(), notices.Select(n => n.RecipientAadObjectId).Order());
    }

    [Fact]
    public async Task ChangeAsync_SteppingDown_TellsTheContactsOfTheTierLeftToo()
    {
        _stored.EscalateByCheck(2, "Escalated", ["x"], _time.GetUtcNow().AddDays(-1));

        await _sut.ChangeAsync(Service, _stored.Id, 1, "Meeting booked", default);

        var (saved, _, notices) = Assert.Single(_saved);
        Assert.Equal(ChronologyKind.SteppedDown, saved.Chronology[^1].Kind);
        Assert.Equal(new[] { "contact-1", "contact-2", AttendeeTestCases.LeadId }.Order(), notices.Select(n => n.RecipientAadObjectId).Order());
    }

    [Theory]
    [InlineData(AttendeeTestCases.LeadId)]
    [InlineData(AttendeeTestCases.ClinicianId)]
    [InlineData("stranger")]
    public async Task ChangeAsync_ByAnyoneButTheService_IsAnsweredAsNoCaseAndSavesNothing(string who)
    {
        var result = await _sut.ChangeAsync(new CaseCaller(AttendeeTestCases.TenantId, who), _stored.Id, 1, "why", default);

        Assert.Equal((TierChangeOutcome.NotFound, CaseText.NoCaseFound), (result.Outcome, result.Refusal));
        Assert.Empty(_saved);
    }

    [Fact]
    public async Task ChangeAsync_WithoutAReason_IsRefused()
    {
        var result = await _sut.ChangeAsync(Service, _stored.Id, 1, "  ", default);

        Assert.Equal((TierChangeOutcome.Refused, EscalationText.ReasonRules), (result.Outcome, result.Refusal));
        Assert.Empty(_saved);
    }

    [Fact]
    public async Task ChangeAsync_ToALevelOffTheLadder_IsRefused()
    {
        var result = await _sut.ChangeAsync(Service, _stored.Id, 3, "why", default);

        Assert.Equal((TierChangeOutcome.Refused, EscalationText.NoSuchTier), (result.Outcome, result.Refusal));
    }
}
