using CaseBot.Cases.CriticalCases;

namespace CaseBot.Tab;

/// <summary>The board's fixed words. Tests use the same strings; the chat's own words (no case found, marked done) are reused as they are.</summary>
public static class TabText
{
    public const string AppName = "CaseBot case board";
    public const string MyCases = "My cases";
    public const string LookUp = "Look up";
    public const string MyActions = "My actions";
    public const string Privacy = "Stage, dates and roles only: CaseBot holds no medical details.";
    public const string LocalBanner = "Local mode: you are not signed in through Teams. This board serves this machine only, for trying CaseBot out.";
    public const string SwitchUser = "Switch user";
    public const string PickUser = "Choose who you are";
    public const string PickUserIntro = "Local mode has no Teams sign-in. Pick one of the Agents Playground's people to see the board as they would.";
    public const string SomeoneElse = "Someone else";
    public const string OtherObjectId = "Entra object id";
    public const string OtherObjectIdHint = "Anyone CaseBot knows by their Teams account, e.g. a user of your own test tenant.";
    public const string PickUserError = "Choose a person from the list (or give an Entra object id), and a tenant id of up to 64 characters.";
    public const string Tenant = "Tenant id";
    public const string TenantHint = "The Agents Playground's own tenant, unless you started it with another.";
    public const string SignInAs = "Sign in";
    public const string SigningIn = "Signing you in with Teams…";
    public const string OpenInTeams = "Open this tab in Microsoft Teams: it signs you in with your Teams account.";
    public const string SignInRefused = "Teams could not sign you in to the case board. Close the tab and open it again; if it keeps happening, ask your Teams administrator.";
    public const string SignInUnavailable = "Sign-in is unavailable just now. Please try again in a few minutes.";
    public const string SignedInAs = "Signed in as";
    public const string SignOut = "Sign out";
    public const string SignedOut = "You have signed out of the case board.";
    public const string SignInAgain = "Sign in again";
    public const string NoCases = "You don't lead or attend any case yet. Say new case to CaseBot in chat to start one.";
    public const string NoActions = "You have no open actions.";
    public const string OpenCase = "Open";
    public const string MarkDone = "Mark done";
    public const string Lead = "You lead it";
    public const string Attendee = "You attend";
    public const string NextMeeting = "Next meeting";
    public const string NotBooked = "Not booked yet";
    public const string JoinInTeams = "Join in Teams";
    public const string ActionsLabel = "Actions";
    public const string LastProgress = "Last progress";
    public const string MeetingBookedAhead = "waiting for the booked meeting";
    public const string ReferenceLabel = "Case reference";
    public const string ReferenceHint = "The whole reference, or its start (at least 3 characters), e.g. HR-2026.";
    public const string ReferenceError = "Use the case reference: 3 to 40 letters, digits and - _ / . with no spaces.";
    public const string StartingWith = "Cases whose reference starts with";
    public const string Chronology = "Chronology";
    public const string OpenActionsHeading = "Open actions";
    public const string ChooseCase = "Choose the case this tab shows";
    public const string ChooseCaseIntro = "Everyone in this chat sees the case only if they lead or attend it, or work on the OH advice line.";
    public const string ServicePage = "Open cases";
    public const string ServiceIntro = "Every open case of the OH service, for the people who run it. Each view is recorded in the audit.";
    public const string NoOpenCases = "No open case matches.";
    public const string CloseHeading = "Close the case";
    public const string CloseIntro = "Once no meeting is booked and every action is done, close the case with how it ended. Its records are then kept for the retention period from today.";
    public const string OutcomeLegend = "How did the case end?";
    public const string OtherReasonLabel = "If other: in a few words, how it ended";
    public const string ReasonHint = "Up to 200 characters; no names or medical details.";
    public const string CloseButton = "Close the case";
    public const string ReopenHeading = "Reopen the case";
    public const string ReopenReasonLabel = "Why is it reopened?";
    public const string ReopenButton = "Reopen the case";
    public const string CaseReopened = "The case is open again.";
    public const string TierHeading = "Escalation tier";
    public const string TierIntro = "As the OH service you can escalate the case or step it down by hand. The lead and the tiers' contacts are told, with your reason.";
    public const string TierLabel = "Move the case to";
    public const string TierReasonLabel = "Why?";
    public const string TierButton = "Change the tier";
    public const string TierChanged = "The case's tier is changed; the lead and the tiers' contacts are told.";
    public const string ConfigureOutsideTeams = "This page sets up a tab in a Teams chat or channel; outside Teams it only shows the choice.";

    public static string CaseClosed(string outcome) => $"The case is closed: {outcome}.";

    /// <summary>
    /// What each person of the local picker is, and what that lets them see, so a new user knows whom to pick for each view: their
    /// organisation-wide roles, or, with none, a manager or attendee (who sees the cases they lead or attend).
    /// </summary>
    public static IReadOnlyList<(string Tag, string Sees)> RolesOf(CaseBot.Cases.Access.CallerRoles roles)
    {
        var said = new List<(string, string)>();
        if (roles.HasFlag(CaseBot.Cases.Access.CallerRoles.AdviceLineStaff))
        {
            said.Add(("OH advice line", "Looks up any case's status."));
        }

        if (roles.HasFlag(CaseBot.Cases.Access.CallerRoles.Service))
        {
            said.Add(("OH service", "Sees every open case (Open cases) and escalates or steps a case down."));
        }

        if (roles.HasFlag(CaseBot.Cases.Access.CallerRoles.Admin))
        {
            said.Add(("Admin", "Looks up any case, exports its audit trail and data."));
        }

        return said.Count > 0 ? said : [("Manager or attendee", "Sees the cases they lead or attend; starts a case with new case in chat.")];
    }

    public static string Signed(string? name, bool local) => name is null ? string.Empty : local ? $"{name} (local)" : name;

    public static string PageOf(int page, int pages, int total) => $"Page {page} of {pages} ({total} {(total == 1 ? "case" : "cases")})";

    public static string Actions(int open, int overdue)
        => open == 0 ? "None open" : overdue > 0 ? $"{open} open, {overdue} overdue" : $"{open} open";

    public static string DaysSince(int? days) => days switch
    {
        null => MeetingBookedAhead,
        0 => "today",
        1 => "1 day ago",
        _ => $"{days} days ago",
    };

    public static string CaseTitle(CaseReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"Case {reference.Value}";
    }

    public static string Attention(Views.Attention attention, int overdue, int? daysToMeeting) => attention switch
    {
        Views.Attention.ActionsOverdue => overdue == 1 ? "1 action overdue" : $"{overdue} actions overdue",
        Views.Attention.MeetingToRecord => "Meeting to record",
        Views.Attention.MeetingSoon => daysToMeeting switch
        {
            <= 0 => "Meeting today",
            1 => "Meeting tomorrow",
            _ => $"Meeting in {daysToMeeting} days",
        },
        Views.Attention.MeetingNotBooked => "Meeting to book",
        Views.Attention.InHand => "In hand",
        Views.Attention.Closed => "Closed",
        _ => throw new ArgumentOutOfRangeException(nameof(attention), attention, null),
    };
}
