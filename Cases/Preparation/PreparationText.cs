using CaseBot.Cases.Meetings;

namespace CaseBot.Cases.Preparation;

/// <summary>
/// The words of the preparation the individual (or their representative) gets when a Case Conference is booked, moved or cancelled:
/// plain English in the second person, every acronym spelled out, each text passing <see cref="PlainEnglish"/>. What the policy and
/// good practice ask for, in order: why the meeting is held, when and where, who will be there and what each is there to do, what
/// will and will not be talked about (no medical details without their agreement; what Occupational Health shares depends on it),
/// that notes are kept and may be disclosed, and that they may bring a representative, a support person or an advocate.
/// <c>reader</c> in each method is <see cref="Role.Individual"/> or <see cref="Role.Representative"/>;
/// <c>individual</c> is the individual's name, for a representative's copy. Tests use the same strings.
/// </summary>
public static class PreparationText
{
    public const string WhyHeading = "Why the meeting is being held";
    public const string WhenHeading = "When and where";
    public const string Date = "Date";
    public const string Time = "Time";
    public const string HowLong = "How long";
    public const string Where = "Where";
    public const string Join = "Join the meeting on Teams";
    public const string JoinHint = "To join on Teams, use the button at the end of this message.";
    public const string WhoHeading = "Who will be there";
    public const string YouName = "You";
    public const string TalkHeading = "What will be talked about";
    public const string NotTalkHeading = "What will not be talked about";
    public const string NotesHeading = "Notes of the meeting";
    public const string ChangeHeading = "If something does not suit you";
    public const string Cancelled = "This meeting has been cancelled. You do not need to do anything.";
    public const string Held = "This meeting has taken place.";
    public const string TooManyMessages = "I can keep up to 50 messages for one meeting. Please tell the person organising the meeting directly.";
    public const string MessageTooLong = "That message is too long for me to keep. Please send it in shorter parts, of up to 1,000 letters each.";
    public const string NotForYou = "These questions are for the person the meeting is about, and their representative. Nothing was changed.";
    public const string TooLate = "This meeting has started or is over, so I cannot change your answers now. Nothing was changed.";
    public const string NotBooked = "This meeting is no longer going ahead, so there is nothing to answer. Nothing was changed.";

    public static string Title(Role reader, string individual)
        => PlainRoles.IsRepresentative(reader) ? $"{individual}'s Case Conference: what to expect" : "Your Case Conference: what to expect";

    public static string Intro(Role reader, string individual)
        => PlainRoles.IsRepresentative(reader)
            ? $"You are invited to a meeting about {individual}'s work and health, as their representative. It is called a Case Conference. " +
              "This message tells you what will happen, and how you can have your say before it starts."
            : "You are invited to a meeting about your work and your health. It is called a Case Conference. " +
              "This message tells you what will happen, and how you can have your say before it starts.";

    public static string Why(Role reader)
        => PlainRoles.IsRepresentative(reader)
            ? "The meeting brings together the person it is about, you, their manager and the people who give advice. " +
              "The aim is to talk openly, make decisions together and agree the next steps."
            : "The meeting brings together you, your manager and the people who give advice. " +
              "The aim is to talk openly, make decisions together and agree the next steps.";

    /// <summary>Before the purpose, which is shown as the organiser wrote it.</summary>
    public static string PurposeIntro(string organiser) => $"{organiser}, who is organising the meeting, wrote this about why it is needed:";

    public static string Venue(Venue venue, Role reader) => (venue, PlainRoles.IsRepresentative(reader)) switch
    {
        (Meetings.Venue.WorkBase, false) => "At your usual place of work",
        (Meetings.Venue.WorkBase, true) => "At their usual place of work",
        (Meetings.Venue.Home, false) => "At your home",
        (Meetings.Venue.Home, true) => "At their home",
        (Meetings.Venue.OccupationalHealth, _) => "At the Occupational Health (OH) offices",
        (Meetings.Venue.NeutralVenue, _) => "At a neutral place, away from work",
        (Meetings.Venue.OnlineOnly, _) => "Online, on Microsoft Teams",
        _ => throw new ArgumentOutOfRangeException(nameof(venue), venue, null),
    };

    /// <summary>The agenda in plain words, in the policy's order.</summary>
    public static IReadOnlyList<string> Talk(Role reader) =>
    [
        "Everyone says who they are and why they are there.",
        "What can be shared, and what cannot.",
        "Why the meeting was called, and what it needs to achieve.",
        "How things are now, and what is getting in the way.",
        "What could help, and what to do next. This is when decisions are made.",
        PlainRoles.IsRepresentative(reader)
            ? "A summary of what was agreed, and who will do what."
            : "A summary of what was agreed, and who will do what. You will be asked if the notes are right.",
    ];

    /// <summary>The agenda item for points shared by <paramref name="respondent"/>, as the reader reads it.</summary>
    public static string PointsItem(Role respondent, Role reader, string individual)
        => respondent == reader ? "Points you want to raise."
            : respondent == Role.Individual ? $"Points {individual} wants to raise."
            : "Points their representative wants to raise.";

    /// <summary>The agenda item everyone at the meeting reads, for points the individual (or representative) chose to share.</summary>
    public static string AgendaPointsTitle(Role respondent)
        => respondent == Role.Representative ? "Points the individual's representative wants to raise" : "Points the individual wants to raise";

    public static string NotTalk(Role reader)
        => PlainRoles.IsRepresentative(reader)
            ? "Their medical details, unless they have agreed. What the Occupational Health (OH) nurse or doctor can share depends on what they agree to."
            : "Your medical details, unless you have agreed. What the Occupational Health (OH) nurse or doctor can share depends on what you agree to.";

    public const string Notes =
        "Someone will write down what is said and what is agreed, and everyone gets a copy to check. The notes are kept. " +
        "They could be shown to others later, for example to a court if there is ever a legal case. So the meeting must be fair.";

    public static string BringHeading(Role reader)
        => PlainRoles.IsRepresentative(reader) ? "Who else can come" : "You do not have to come on your own";

    public static IReadOnlyList<string> Bring(Role reader, string individual) => PlainRoles.IsRepresentative(reader)
        ? [
            $"{individual} can also bring a support person, such as a friend. They are there for {individual}, but do not take part.",
            $"Or an advocate, who can speak up for {individual} if they need it.",
        ]
        : [
            "You can bring someone with you:",
            "- a representative, who can speak for you",
            "- a support person, such as a friend or someone in your family. They are there for you, but do not take part.",
            "- an advocate, who can speak up for you if you need it.",
            "Tell us below if you are bringing someone, so we know who to expect.",
        ];

    public static string Change(Role reader, string organiser)
        => PlainRoles.IsRepresentative(reader)
            ? $"If the time or the place does not suit, or it would be better online or in person, say so below. {organiser} can change it."
            : $"If the time or the place does not suit you, or you would like to meet online or in person, say so below. {organiser} can change it.";

    /// <summary>At the top of the preparation after the meeting moved.</summary>
    public static string Moved(Role reader)
        => PlainRoles.IsRepresentative(reader)
            ? "This meeting has moved. The new time is below. Everything else stays the same."
            : "Your meeting has moved. The new time is below. Everything else stays the same, and your answers are kept.";

    /// <summary>The note sent beside the updated preparation when the meeting moved.</summary>
    public static string MovedNote(Role reader, string individual, string when)
        => PlainRoles.IsRepresentative(reader)
            ? $"The Case Conference for {individual} has moved. It is now on {when}. Everything else stays the same."
            : $"Your Case Conference has moved. It is now on {when}. Everything else stays the same, and your answers are kept.";

    /// <summary>The note sent when the meeting is cancelled.</summary>
    public static string CancelledNote(Role reader, string individual, string when, string organiser)
        => PlainRoles.IsRepresentative(reader)
            ? $"The Case Conference for {individual} on {when} has been cancelled. You do not need to do anything. {organiser} will be in touch about what happens next."
            : $"Your Case Conference on {when} has been cancelled. You do not need to do anything. {organiser} will be in touch about what happens next.";

    public static string TooLong(int max) => $"That answer is too long. Please keep it to {max:N0} letters or fewer.";

    /// <summary>The chronology's private entry when someone answered (kept for the audit, shown to no one).</summary>
    public static string Answered(Role role) => $"Preparation answered ({RoleCatalogue.Name(role)})";

    public const string Replied = "Reply sent about the preparation";
    public const string ArrangedEntry = "Preparation requests arranged";
    public const string Reminded = "Reminder sent the day before the meeting";
}
