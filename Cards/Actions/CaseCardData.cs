namespace CaseBot.Cards.Actions;

/// <summary>The data of a card button about a whole case (and, for meeting cards, one of its meetings): <c>{"caseId":…,"meetingNumber":…}</c>.</summary>
/// <param name="CaseId">The case's id (never its reference, which a person could type).</param>
/// <param name="MeetingNumber">The meeting the card is about; null for cards about the whole case.</param>
public sealed record CaseCardData(Guid CaseId, int? MeetingNumber = null);
