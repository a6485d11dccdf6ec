namespace CaseBot.Bot.Access;

/// <summary>
/// Who runs the OH service (section <c>Service</c>): Entra object ids and/or group ids. They escalate a case or step it down by hand,
/// and may see any case's status in their tenant (as the advice line does).
/// </summary>
public sealed class ServiceOptions
{
    public const string SectionName = "Service";

    public List<string> ObjectIds { get; set; } = [];

    /// <summary>Members of these groups are the service once group membership is wired to Microsoft Graph (until then, no effect).</summary>
    public List<string> GroupIds { get; set; } = [];
}
