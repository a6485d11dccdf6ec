namespace CaseBot.Tab.Views;

/// <summary>What a case on "My cases" needs, most urgent first (the order the board sorts by).</summary>
public enum Attention
{
    /// <summary>Some of its actions are past their due date.</summary>
    ActionsOverdue,

    /// <summary>Its booked meeting has ended and is not recorded yet.</summary>
    MeetingToRecord,

    /// <summary>Its booked meeting is within the next week.</summary>
    MeetingSoon,

    /// <summary>No meeting is booked and none is pending: the recommended meeting needs booking.</summary>
    MeetingNotBooked,

    /// <summary>Open, with nothing due: actions in hand or a meeting booked further ahead.</summary>
    InHand,

    Closed,
}
