namespace CaseBot.Bot.Calendar;

/// <summary>
/// Microsoft Graph for booking (section <c>Graph</c>). With <see cref="Enabled"/> false (the default) CaseBot uses its offline
/// calendar. The app registration needs the application permissions Calendars.ReadWrite (create, reschedule, cancel) and
/// Calendars.Read (free/busy through getSchedule), admin-consented, and should be scoped to the organisers' mailboxes with Exchange
/// Online RBAC for Applications. <see cref="TenantId"/>, <see cref="ClientId"/> and <see cref="ClientSecret"/> fall back to the bot's
/// MicrosoftAppTenantId, MicrosoftAppId and MicrosoftAppPassword when left empty, so one app registration can serve both.
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    public bool Enabled { get; set; }

    /// <summary>The Entra tenant (directory) id; default MicrosoftAppTenantId.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app (client) id; default MicrosoftAppId.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret; default MicrosoftAppPassword. Keep it in user-secrets or Key Vault, never in appsettings.json.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The Graph endpoint with its version; change it only for a national cloud.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>
    /// The Teams app's id (the manifest's <c>id</c>, TEAMS_APP_ID), to install CaseBot in the chats of the meetings it books; empty:
    /// CaseBot does not join meetings by itself.
    /// </summary>
    public string? TeamsAppId { get; set; }
}
