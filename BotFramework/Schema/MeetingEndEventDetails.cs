namespace CaseBot.BotFramework.Schema;

/// <summary>The <c>value</c> of Teams' <c>application/vnd.microsoft.meetingEnd</c> event, as botbuilder names it.</summary>
/// <param name="Id">The meeting's id (base64).</param>
/// <param name="JoinUrl">The meeting's Teams join link.</param>
/// <param name="Title">The meeting's subject: a hint, never a key.</param>
/// <param name="MeetingType">"Scheduled", "Recurring", ...</param>
/// <param name="EndTime">When the meeting ended (UTC).</param>
public sealed record MeetingEndEventDetails(string? Id, string? JoinUrl, string? Title, string? MeetingType, DateTimeOffset? EndTime);
