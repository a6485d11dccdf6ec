namespace CaseBot.Cases.Access;

/// <summary>
/// Who may see a case: admins, OH advice-line staff and the OH service (any case in their tenant), the case's lead, and its attendees. Everyone else
/// is <see cref="CaseAccessOutcome.Denied"/>, which callers must answer exactly as <see cref="CaseAccessOutcome.NotFound"/>.
/// </summary>
public sealed class CaseAccessPolicy(AccessGrants grants, IGroupMembership groups)
{
    /// <summary>The caller's organisation-wide roles, by object id first and by group only when that could add a role.</summary>
    public async Task<CallerRoles> RolesAsync(CaseCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        const CallerRoles every = CallerRoles.Admin | CallerRoles.AdviceLineStaff | CallerRoles.Service;
        var roles = grants.ByObjectId(caller.AadObjectId);
        var groupIds = grants.AllGroupIds;
        if (roles == every || groupIds.Count == 0)
        {
            return roles;
        }

        var memberOf = await groups.MemberGroupsAsync(caller.TenantId, caller.AadObjectId, groupIds, cancellationToken);
        if (memberOf.Any(grants.AdminGroupIds.Contains))
        {
            roles |= CallerRoles.Admin;
        }

        if (memberOf.Any(grants.StaffGroupIds.Contains))
        {
            roles |= CallerRoles.AdviceLineStaff;
        }

        if (memberOf.Any(grants.ServiceGroupIds.Contains))
        {
            roles |= CallerRoles.Service;
        }

        return roles;
    }

    /// <summary>Resolves the caller's roles, then decides (<paramref name="participants"/> null: no such case in the caller's tenant).</summary>
    public async Task<CaseAccessDecision> DecideAsync(CaseCaller caller, CaseParticipants? participants, CancellationToken cancellationToken)
        => Decide(caller, await RolesAsync(caller, cancellationToken), participants);

    /// <summary>The rule itself, pure. A case of another tenant counts as missing.</summary>
    public static CaseAccessDecision Decide(CaseCaller caller, CallerRoles roles, CaseParticipants? participants)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (participants is null || !string.Equals(participants.TenantId, caller.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return CaseAccessDecision.NotFound;
        }

        var basis = roles.HasFlag(CallerRoles.Admin) ? CaseAccessBasis.Admin
            : roles.HasFlag(CallerRoles.AdviceLineStaff) ? CaseAccessBasis.AdviceLineStaff
            : roles.HasFlag(CallerRoles.Service) ? CaseAccessBasis.Service
            : string.Equals(participants.LeadAadObjectId, caller.AadObjectId, StringComparison.OrdinalIgnoreCase) ? CaseAccessBasis.Lead
            : participants.AttendeeAadObjectIds.Contains(caller.AadObjectId) ? CaseAccessBasis.Attendee
            : CaseAccessBasis.None;
        return basis == CaseAccessBasis.None ? CaseAccessDecision.Denied : new CaseAccessDecision(CaseAccessOutcome.Granted, basis);
    }
}
