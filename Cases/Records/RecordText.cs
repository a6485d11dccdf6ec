namespace CaseBot.Cases.Records;

/// <summary>The plain words of the meeting-record rules.</summary>
public static class RecordText
{
    public const string OnlyLead = "Only the case's lead can record the meeting.";
    public const string NoMeetingToRecord = "There is no booked meeting to record. Book one first, or record against the meeting that was held.";
    public const string DecisionRules = "Record 0 to 20 decisions, each up to 500 characters, without medical details.";
    public const string OwnerNotAttendee = "Each action's owner must be one of the meeting's attendees picked in Teams, so that they can tick it off.";
    public const string NoRecord = "This meeting has no record to confirm yet.";
    public const string NotAttendee = "Only the meeting's attendees can confirm its record.";
    public const string CorrectionRequired = "Say what should be corrected (up to 1000 characters).";
}
