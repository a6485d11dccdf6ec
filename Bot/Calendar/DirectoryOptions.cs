namespace CaseBot.Bot.Calendar;

/// <summary>
/// The offline directory (section <c>Directory</c>), used when Graph is not configured: the people a local run can invite by
/// address and reach in chat. Anyone else typed by address is invited by address only (no Teams id, so no cards or actions).
/// </summary>
public sealed class DirectoryOptions
{
    public const string SectionName = "Directory";

    public List<DirectoryPerson> People { get; set; } = [];
}
