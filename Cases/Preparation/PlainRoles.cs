using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Preparation;

/// <summary>
/// Who is who at a Case Conference, in the words the individual (or their representative) reads: what each person is to them and
/// what they are there to do, from the policy's roles and responsibilities told plainly. <c>individual</c> in each
/// method is the individual's name, used when the reader is their representative.
/// </summary>
public static class PlainRoles
{
    /// <summary>A few words for a list ("your manager"): what the person in <paramref name="role"/> is to the reader.</summary>
    public static string Name(Role role, Role reader) => (role, IsRepresentative(reader)) switch
    {
        (Role.ReferringManager, false) => "your manager",
        (Role.ReferringManager, true) => "their manager",
        (Role.OhClinician, _) => "nurse or doctor from Occupational Health (OH)",
        (Role.EpsCaseworker, _) => "from the human resources team (EPS)",
        (Role.Individual, _) => "the person the meeting is about",
        (Role.Representative, false) => "your representative",
        (Role.Representative, true) => "their representative",
        (Role.SeniorManager, _) => "a senior manager",
        (Role.Other, _) => "also invited",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>What the person in <paramref name="role"/> is there to do, in a sentence or two.</summary>
    public static string Does(Role role, Role reader, string individual) => (role, IsRepresentative(reader)) switch
    {
        (Role.ReferringManager, false) => "They make the decisions about your work. They listen to you and to the advice of the others first.",
        (Role.ReferringManager, true) => $"They make the decisions about {individual}'s work. They listen to you both and to the advice of the others first.",
        (Role.OhClinician, false) => "They give advice on health and work. They say how your health may affect your work, and what could help. They only share what you have agreed they can share.",
        (Role.OhClinician, true) => $"They give advice on health and work. They say how {individual}'s health may affect their work, and what could help. They only share what {individual} has agreed they can share.",
        (Role.EpsCaseworker, _) => "They give advice on the rules for staff, and help make sure things are fair.",
        (Role.Individual, _) => "They can say how things are for them, ask questions, and help agree what happens next.",
        (Role.Representative, false) => "They are there for you. They can speak for you, and help you say what you want to say.",
        (Role.Representative, true) => "They are there for the person the meeting is about.",
        (Role.SeniorManager, false) => "They give your manager advice and support.",
        (Role.SeniorManager, true) => "They give the manager advice and support.",
        (Role.Other, _) => "They are there to give advice or support.",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The reader's own line in "who will be there".</summary>
    public static string You(Role reader, string individual)
        => IsRepresentative(reader)
            ? $"You can speak for {individual}, ask questions, and help agree what happens next."
            : "You can say how things are for you, ask questions, and help agree what happens next.";

    /// <summary>True when the reader is the individual's representative rather than the individual.</summary>
    public static bool IsRepresentative(Role reader) => reader == Role.Representative;
}
