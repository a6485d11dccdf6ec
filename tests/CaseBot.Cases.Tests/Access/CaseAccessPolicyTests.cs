using CaseBot.Cases.Access;
using Moq;

namespace CaseBot.Cases.Tests.Access;

public sealed class CaseAccessPolicyTests
{
    private const string Tenant = "tenant-1";
    private const string Lead = "aaaaaaaa-0000-0000-0000-000000000001";
    private const string Attendee = "aaaaaaaa-0000-0000-0000-000000000002";
    private const string Staff = "aaaaaaaa-0000-0000-0000-000000000003";
    private const string Admin = "aaaaaaaa-0000-0000-0000-000000000004";
    private const string Stranger = "aaaaaaaa-0000-0000-0000-000000000005";
    private const string StaffGroup = "99999999-0000-0000-0000-000000000001";
    private const string AdminGroup = "99999999-0000-0000-0000-000000000002";
    private static readonly CaseParticipants Case = new(Tenant, Lead, [Attendee]);
    private readonly Mock<IGroupMembership> _groups = new(MockBehavior.Strict);

    public static TheoryData<string, bool, CaseAccessOutcome, CaseAccessBasis> Matrix() => new()
    {
        { Staff, true, CaseAccessOutcome.Granted, CaseAccessBasis.AdviceLineStaff },
        { Admin, true, CaseAccessOutcome.Granted, CaseAccessBasis.Admin },
        { Lead, true, CaseAccessOutcome.Granted, CaseAccessBasis.Lead },
        { Attendee, true, CaseAccessOutcome.Granted, CaseAccessBasis.Attendee },
        { Stranger, true, CaseAccessOutcome.Denied, CaseAccessBasis.None },
        { Staff, false, CaseAccessOutcome.NotFound, CaseAccessBasis.None },
        { Admin, false, CaseAccessOutcome.NotFound, CaseAccessBasis.None },
        { Lead, false, CaseAccessOutcome.NotFound, CaseAccessBasis.None },
        { Attendee, false, CaseAccessOutcome.NotFound, CaseAccessBasis.None },
        { Stranger, false, CaseAccessOutcome.NotFound, CaseAccessBasis.None },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task DecideAsync_EachCallerOnExistingOrMissingCase_FollowsTheRule(string caller, bool exists, CaseAccessOutcome outcome, CaseAccessBasis basis)
    {
        var sut = Policy(new AccessGrants(staffObjectIds: [Staff], adminObjectIds: [Admin]));

        var decision = await sut.DecideAsync(new CaseCaller(Tenant, caller), exists ? Case : null, default);

        Assert.Equal(new CaseAccessDecision(outcome, basis), decision);
        Assert.Equal(outcome == CaseAccessOutcome.Granted, decision.MayShow);
    }

    [Fact]
    public void Decide_CaseOfAnotherTenant_IsNotFoundEvenForStaff()
    {
        var decision = CaseAccessPolicy.Decide(new CaseCaller("tenant-2", Lead), CallerRoles.AdviceLineStaff | CallerRoles.Admin, Case);

        Assert.Equal(CaseAccessDecision.NotFound, decision);
    }

    [Fact]
    public async Task RolesAsync_ObjectIdInOtherCase_StillMatches()
    {
        var sut = Policy(new AccessGrants(staffObjectIds: [Staff.ToUpperInvariant()]));

        var roles = await sut.RolesAsync(new CaseCaller(Tenant, Staff), default);

        Assert.Equal(CallerRoles.AdviceLineStaff, roles);
    }

    [Fact]
    public async Task RolesAsync_NoGroupsConfigured_NeverAsksForGroups()
    {
        var sut = Policy(new AccessGrants(staffObjectIds: [Staff]));

        var roles = await sut.RolesAsync(new CaseCaller(Tenant, Stranger), default);

        Assert.Equal(CallerRoles.None, roles);
        _groups.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData(StaffGroup, CallerRoles.AdviceLineStaff)]
    [InlineData(AdminGroup, CallerRoles.Admin)]
    public async Task RolesAsync_MemberOfConfiguredGroup_GetsThatRole(string group, CallerRoles expected)
    {
        _groups.Setup(g => g.MemberGroupsAsync(Tenant, Stranger, It.Is<IReadOnlyCollection<string>>(ids => ids.Count == 2), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new HashSet<string> { group });
        var sut = Policy(new AccessGrants(staffGroupIds: [StaffGroup], adminGroupIds: [AdminGroup]));

        var roles = await sut.RolesAsync(new CaseCaller(Tenant, Stranger), default);

        Assert.Equal(expected, roles);
    }

    [Fact]
    public async Task DecideAsync_GroupMemberOnSomeoneElsesCase_IsGranted()
    {
        _groups.Setup(g => g.MemberGroupsAsync(Tenant, Stranger, It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new HashSet<string> { StaffGroup });
        var sut = Policy(new AccessGrants(staffGroupIds: [StaffGroup]));

        var decision = await sut.DecideAsync(new CaseCaller(Tenant, Stranger), Case, default);

        Assert.Equal(CaseAccessBasis.AdviceLineStaff, decision.Basis);
    }

    [Fact]
    public void Decide_LeadWhoIsAlsoStaff_IsGrantedAsStaff()
    {
        var decision = CaseAccessPolicy.Decide(new CaseCaller(Tenant, Lead), CallerRoles.AdviceLineStaff, Case);

        Assert.Equal(CaseAccessBasis.AdviceLineStaff, decision.Basis);
    }

    private CaseAccessPolicy Policy(AccessGrants grants) => new(grants, _groups.Object);
}
