using CaseBot.Cases.Meetings;
using CaseBot.DialogEngine.Prompts;

namespace CaseBot.Dialogs.Planning;

/// <summary>The options offered while planning.</summary>
public static class PlanningChoices
{
    public static IReadOnlyList<Choice> Durations { get; } = [new("1 hour"), new("90 minutes"), new("2 hours")];

    public static IReadOnlyList<Choice> Venues(MeetingType type)
        => [.. VenueCatalogue.For(type).Select(v => new Choice(v.ToString(), VenueCatalogue.Name(v), MeetingSynonyms.For(v)))];
}
