namespace CaseBot.Cases.Escalation;

/// <summary>Who a stuck-case tier nudges.</summary>
public enum StuckNotify
{
    /// <summary>The case's lead.</summary>
    Lead,

    /// <summary>The lead and every admin listed by object id (Admin:ObjectIds; admin groups are not expanded).</summary>
    LeadAndAdmins,
}
