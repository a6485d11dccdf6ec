namespace CaseBot.Cases.Preparation;

/// <summary>Whether the individual brings someone to the Case Conference besides any representative invited.</summary>
public enum Bringing
{
    /// <summary>They will come on their own.</summary>
    Nobody,

    /// <summary>Someone who is there for them but does not take part.</summary>
    SupportPerson,

    /// <summary>Someone who can speak up for them.</summary>
    Advocate,

    NotSure,
}
