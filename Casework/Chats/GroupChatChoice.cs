using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Casework.Chats;

/// <summary>How the lead's choice of a group chat for a case's shared cards ended, with what the answer needs to say it.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="CaseId">The case, when it was chosen.</param>
/// <param name="Reference">Its reference, when it was chosen.</param>
/// <param name="Outsiders">How many in the chat may not see the case's cards (counted, never named).</param>
/// <param name="MeetingType">The latest meeting's type, when outsiders refused the chat.</param>
/// <param name="Refusal">The case rule's own words, when it refused.</param>
public sealed record GroupChatChoice(
    GroupChatOutcome Outcome, Guid? CaseId = null, CaseReference? Reference = null, int Outsiders = 0, MeetingType? MeetingType = null, string? Refusal = null);
