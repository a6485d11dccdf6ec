using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Records;

/// <summary>An attendee's answer to the meeting record: accurate, or a correction they ask for.</summary>
/// <param name="AadObjectId">Who answered.</param>
/// <param name="Role">Their role at the meeting.</param>
/// <param name="Accurate">True when they confirm the record as it stands.</param>
/// <param name="Correction">What they ask to be corrected; null when they confirm. Kept with the case, never logged.</param>
/// <param name="At">When they answered.</param>
public sealed record RecordResponse(string AadObjectId, Role Role, bool Accurate, string? Correction, DateTimeOffset At)
{
    public const int MaxCorrectionLength = 1000;

    public override string ToString() => $"RecordResponse {{ Role = {Role}, Accurate = {Accurate} }}";
}
