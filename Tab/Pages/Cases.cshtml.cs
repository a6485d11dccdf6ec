using CaseBot.Cards.Meetings;
using CaseBot.Cards.Status;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Escalation;
using CaseBot.Cases.Meetings;
using CaseBot.Tab.Views;
using CaseBot.Tab.SignIn;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseBot.Tab.Pages;

/// <summary>My cases: every case the user leads or attends, most urgent first (<see cref="MyCases"/>).</summary>
internal sealed class CasesModel(MyCases myCases, AdviceLineHours ukHours) : PageModel
{
    public MyCasesPage Board { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken)
        => Board = await myCases.PageAsync(TabUser.From(User)!.Caller, page ?? 1, cancellationToken);

    public string Stage(CaseStage stage) => StatusText.Stage(stage);

    public string MeetingName(MeetingType type) => MeetingCatalogue.Name(type);

    public string Escalation(CaseRow row) => StatusCard.Escalation(row.Tier ?? CaseTier.None, ukHours.Zone);

    public string When(CaseMeeting meeting)
        => $"{CardDates.LongDay(meeting.Plan.Start, ukHours.Zone)}, {CardDates.TimeRange(meeting.Plan.Start, meeting.Plan.End, ukHours.Zone)}";

    public string Venue(CaseMeeting meeting)
        => meeting.Plan.VenueDetail is { Length: > 0 } detail ? $"{VenueCatalogue.Name(meeting.Plan.Venue)}: {detail}" : VenueCatalogue.Name(meeting.Plan.Venue);

    /// <summary>The meeting's Teams link, if it has one and it is a web link (never a script or another scheme).</summary>
    public Uri? JoinLink(CaseMeeting meeting)
        => Uri.TryCreate(meeting.JoinUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps ? url : null;
}
