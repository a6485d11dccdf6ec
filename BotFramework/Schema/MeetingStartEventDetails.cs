namespace CaseBot.BotFramework.Schema;

/// <summary>
/// The <c>value</c> of Teams' <c>application/vnd.microsoft.meetingStart</c> event, as botbuilder names it. Teams writes the members in
/// PascalCase ("JoinUrl"); the protocol's JSON options read them regardless of case.
/// </summary>
/// <param name="Id">The meeting's id (base64).</param>
/// <param name="JoinUrl">The meeting's Teams join link.</param>
/// <param name="Title">The meeting's subject as the organiser last left it: a hint, never a key.</param>
/// <param name="MeetingType">"Scheduled", "Recurring", ...</param>
/// <param name="StartTime">When someone actually started it (UTC).</param>
public sealed record MeetingStartEventDetails(string? Id, string? JoinUrl, string? Title, string? MeetingType, DateTimeOffset? StartTime);
