namespace CaseBot.BotFramework.Schema;

/// <summary>Outbound notification settings (alert raises a feed notification).</summary>
public sealed record NotificationInfo(bool? Alert);
