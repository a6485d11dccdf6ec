namespace CaseBot.BotFramework.Schema;

/// <summary>
/// Outbound notification settings: <paramref name="Alert"/> raises a feed notification; in a meeting's chat,
/// <paramref name="AlertInMeeting"/> shows the message to everyone in the meeting, opening <paramref name="ExternalResourceUrl"/>
/// (a <c>https://teams.microsoft.com/l/bubble/...</c> link) when it is set.
/// </summary>
public sealed record NotificationInfo(bool? Alert, bool? AlertInMeeting = null, string? ExternalResourceUrl = null);
