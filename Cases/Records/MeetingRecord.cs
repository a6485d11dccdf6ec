namespace CaseBot.Cases.Records;

/// <summary>
/// The record of a held meeting: the decisions made (the agreed actions are kept on the case) and each attendee's confirmation or
/// correction. The policy: "all decisions and actions are recorded and that the record is confirmed by everyone who attended".
/// </summary>
/// <param name="MeetingNumber">Which of the case's meetings it records.</param>
/// <param name="Decisions">The decisions, in order; short, without medical detail.</param>
/// <param name="RecordedAt">When the lead recorded it.</param>
/// <param name="Responses">The latest answer of each attendee who has answered.</param>
public sealed record MeetingRecord(int MeetingNumber, IReadOnlyList<string> Decisions, DateTimeOffset RecordedAt, IReadOnlyList<RecordResponse> Responses)
{
    public const int MaxDecisions = 20;
    public const int MaxDecisionLength = 500;

    /// <summary>The record with this attendee's answer, replacing any earlier one of theirs.</summary>
    public MeetingRecord WithResponse(RecordResponse response)
        => this with { Responses = [.. Responses.Where(r => !string.Equals(r.AadObjectId, response.AadObjectId, StringComparison.OrdinalIgnoreCase)), response] };

    public override string ToString() => $"MeetingRecord {{ MeetingNumber = {MeetingNumber}, Decisions = {Decisions.Count}, Responses = {Responses.Count} }}";
}
