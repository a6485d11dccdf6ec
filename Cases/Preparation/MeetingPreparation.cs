using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Preparation;

/// <summary>
/// One person's preparation for a Case Conference: the individual's, or their representative's, answers before meeting
/// <see cref="MeetingNumber"/>, what the lead has arranged of what they asked for, and the lead's replies. Seen by that person and the
/// case's lead only.
/// </summary>
/// <param name="MeetingNumber">The meeting it is for.</param>
/// <param name="RespondentAadObjectId">Whose answers they are (the individual or their representative, picked in Teams).</param>
/// <param name="RespondentRole"><see cref="Role.Individual"/> or <see cref="Role.Representative"/>.</param>
/// <param name="Answers">What they said.</param>
/// <param name="Arranged">What the lead has arranged of what they asked for.</param>
/// <param name="Replies">The lead's replies, oldest first.</param>
/// <param name="UpdatedAt">When they last answered.</param>
public sealed record MeetingPreparation(
    int MeetingNumber, string RespondentAadObjectId, Role RespondentRole, PreparationAnswers Answers, IReadOnlyList<PreparationRequest> Arranged,
    IReadOnlyList<LeadReply> Replies, DateTimeOffset UpdatedAt)
{
    public const int MaxReplies = 50;

    /// <summary>What they asked for that the lead has not arranged yet.</summary>
    public IReadOnlyList<PreparationRequest> OpenRequests => [.. Answers.Requests.Where(r => !Arranged.Contains(r))];

    public bool IsFor(int meetingNumber, string aadObjectId)
        => MeetingNumber == meetingNumber && string.Equals(RespondentAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Role and counts only, so a preparation written to a log gives nothing away.</summary>
    public override string ToString()
        => $"MeetingPreparation {{ MeetingNumber = {MeetingNumber}, RespondentRole = {RespondentRole}, {Answers}, Arranged = {Arranged.Count}, Replies = {Replies.Count} }}";
}
