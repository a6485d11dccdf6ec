namespace CaseBot.Cards.Preparation;

/// <summary>The input ids of the preparation card's questions, hence the property names its <see cref="Actions.CardVerbs.PreparationAnswer"/> data carries.</summary>
public static class PreparationInputs
{
    /// <summary>The help chosen, as the <see cref="Cases.Preparation.PreparationRequest"/> names joined by commas (a multi-select).</summary>
    public const string Help = "help";

    public const string OtherHelp = "otherHelp";

    /// <summary>One <see cref="Cases.Preparation.Bringing"/> name, or empty.</summary>
    public const string Bringing = "bringing";

    public const string Who = "who";

    public const string Points = "points";

    /// <summary>"true" or "false".</summary>
    public const string PointsOnAgenda = "pointsOnAgenda";

    /// <summary>The lead's reply box for the individual's or the representative's answers.</summary>
    public static string Reply(Cases.Meetings.Role respondent) => $"reply{respondent}";

    /// <summary>The lead's choice of what is arranged of the individual's or the representative's requests.</summary>
    public static string Arranged(Cases.Meetings.Role respondent) => $"arranged{respondent}";
}
