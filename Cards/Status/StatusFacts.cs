namespace CaseBot.Cards.Status;

/// <summary>The row titles of the status card.</summary>
public static class StatusFacts
{
    public const string Stage = "Stage";
    public const string Meeting = "Meeting";
    public const string MeetingDate = "Meeting date";
    public const string Lead = "Leads organising";
    public const string Attendees = "Attendees";
    public const string Actions = "Actions";
    public const string LastActivity = "Last activity";
    public const string NextStep = "Next step";
    public const string Outcome = "Outcome";
    public const string Escalation = "Escalation";
}
