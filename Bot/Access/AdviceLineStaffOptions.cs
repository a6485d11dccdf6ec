namespace CaseBot.Bot.Access;

/// <summary>
/// Who the OH advice-line staff are (section <c>AdviceLine</c>, beside the line's contact details): Entra object ids and/or Entra
/// group ids (GUIDs). Staff may look up any case in their tenant.
/// </summary>
public sealed class AdviceLineStaffOptions
{
    public const string SectionName = "AdviceLine";

    public List<string> StaffObjectIds { get; set; } = [];

    /// <summary>Members of these groups are staff once group membership is wired to Microsoft Graph (until then, no effect).</summary>
    public List<string> StaffGroupIds { get; set; } = [];
}
