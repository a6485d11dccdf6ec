namespace CaseBot.Cases.Preparation;

/// <summary>
/// Something the individual (or their representative) asked for before a Case Conference, which the lead can mark as arranged: what
/// would help them take part (the first seven, and anything else in their own words), and the person they bring.
/// </summary>
public enum PreparationRequest
{
    Breaks,
    CameraOff,
    InPerson,
    Online,
    QuietRoom,
    MoreTime,
    QuestionsInWriting,

    /// <summary>Help they described in their own words.</summary>
    SomethingElse,

    /// <summary>They bring a support person (there for them, not taking part).</summary>
    SupportPerson,

    /// <summary>They bring an advocate (who can speak up for them).</summary>
    Advocate,
}
