using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Preparation;

/// <summary>The data of the lead's "Send reply": the case, the meeting, and whose answers it replies to (their role names the reply box).</summary>
public sealed record PreparationReplyData(Guid CaseId, int MeetingNumber, string RespondentAadObjectId, Role RespondentRole);
