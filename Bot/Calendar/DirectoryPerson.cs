namespace CaseBot.Bot.Calendar;

/// <summary>One configured person of the offline directory.</summary>
public sealed class DirectoryPerson
{
    public string DisplayName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string? AadObjectId { get; set; }
}
