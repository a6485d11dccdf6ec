using System.Globalization;
using CaseBot.Cards;
using CaseBot.Cases.Meetings;
using CaseBot.Casework.Meetings;

namespace CaseBot.Dialogs.Planning;

/// <summary>The planning conversation's words. None names a person or says anything medical.</summary>
public static class PlanningText
{
    public const string OnlyLead = "Only the manager who opened the case can plan its meeting. Ask them, or type **status** and the reference to see where it stands.";
    public const string Closed = "That case is closed, so there is nothing to plan.";
    public const string AskOrganiserEmail = "What is your work email address? The invite goes out from your calendar.";
    public const string OrganiserHelp = "You organise the meeting, so CaseBot needs your work address for the invite. Pick yourself in the box or type the address.";
    public const string PersonHelp = "Pick the person in the search box (in Teams), or type their work email address. CaseBot uses it only for the invite and to send them their cards.";
    public const string NotAnInvitableAddress = "That address can't go on a meeting invite. A work email address has only letters, digits and . _ - + ' before the @ (no spaces, quotes, or ; : , < >), like name@example.org. Please type it again, or pick the person in the search box.";
    public const string NotFound = "I couldn't find anyone in the directory with that. Please check the address, or pick them in the search box.";
    public const string AlreadyInvited = "That person is already invited. Each person can be invited only once, in one role.";
    public const string AskOthers = "Anyone else to invite, for example a senior manager?";
    public static string OthersHelp { get; } = $"Invite others whose advice or support the meeting needs. {AttendanceText.OnlyAttend()}".TrimEnd();
    public const string NoOneElse = "No one else";
    public const string AskPurpose = "Why is the meeting being called, and what must it achieve by the end? This goes into the invite, so please leave out names and medical details.";
    public const string PurposeHelp = "For example: 'Agree whether further adjustments are reasonable and a plan for the next three months.'";
    public const string AskDuration = "How long should the meeting be? The invite states it.";
    public const string DurationHelp = "Type a length like '90 minutes' or '1h30', or pick one. Meetings last between 15 minutes and 8 hours.";
    public const string AskVenue = "Where will it be held? Every meeting also gets a Teams link.";
    public const string VenueHelp = "Pick a venue. A neutral venue outside the organisation is paid for by the department and booked through the usual routes.";
    public const string AskVenueDetail = "Which room or address? Type **skip** if it isn't known yet.";
    public const string AskSlot = "These times are free for everyone I can see, in working hours. Pick one, or choose another time.";
    public const string NoSlots = "I couldn't find a time when everyone is free in the next few working days.";
    public const string AnotherTime = "Another time";
    public const string AskTime = "When should it start? For example 'Thursday at 2pm' or '3/12 10:30' (UK time).";
    public const string TimeHelp = "Give a day and a start time in UK time, such as 'next Tuesday 10am' or '03/12/2026 14:00'.";
    public const string NeedsTime = "Please give a day and a start time, such as 'Thursday at 2pm'.";
    public const string InThePast = "That time has already passed. Please give a time in the future.";
    public const string AskBook = "Shall I book it?";
    public const string NotBooked = "Nothing was booked. Type **plan** and the case reference to plan it again.";
    public const string Booking = "Booking the meeting...";
    public const string ChangedMeanwhile = "The case changed while you were planning (perhaps in another chat), so nothing was saved. Type **status** and the reference to see it.";

    /// <summary>Why a booking, move or cancellation did not happen, as the chat says it.</summary>
    public static string Why(BookingOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.CaseChanged ? ChangedMeanwhile : outcome.Problem ?? string.Empty;
    }
    public const string Later = "No problem. Type **plan** and the case reference whenever you're ready.";
    public const string IcsAttached = "Here is the invite to add to your calendar and send to the attendees.";
    public const string Skip = "Skip";

    /// <summary>A typed day that is a weekend or a bank holiday.</summary>
    public static string NotAWorkingDay(DateTime day)
        => string.Create(CultureInfo.GetCultureInfo("en-GB"), $"{day:dddd d MMMM} is not a working day. Please give a weekday that is not a bank holiday.");

    /// <summary>A typed time outside working hours.</summary>
    public static string OutOfHours(TimeOnly start, TimeOnly end)
        => string.Create(CultureInfo.InvariantCulture, $"That is outside working hours ({start:HH\\:mm} to {end:HH\\:mm} UK time). Please give a start time within them.");

    public static string AskPlanNow(MeetingType type) => $"Shall we plan and book the {MeetingCatalogue.Name(type)} now? It takes a couple of minutes.";

    public static string AlreadyBooked(string reference)
    {
        var shown = MarkdownText.Inline(reference);
        return $"Case {shown} already has a meeting booked. Type **reschedule {shown}** to move it or **cancel meeting {shown}** to cancel it.";
    }

    public static string AskPerson(Role role, bool optional) => role switch
    {
        Role.OhClinician => "Who is the OH clinician?",
        Role.EpsCaseworker => "Who is the EPS caseworker?",
        Role.Individual => optional ? "Will the individual attend? Pick them or type their email address, or choose **Skip**." : "Who is the individual? They attend the Case Conference.",
        Role.Representative => optional ? "Will the individual's representative attend? Pick them or type their email address, or choose **Skip**." : "Who is the individual's representative? A Case Conference needs the individual or their representative.",
        Role.SeniorManager => "Who is the senior manager?",
        _ => $"Who is the {RoleCatalogue.Name(role).ToLowerInvariant()}?",
    };
}
