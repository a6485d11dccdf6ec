using CaseBot.Cards.Actions;
using CaseBot.Cards.Meetings;
using CaseBot.Cases.Actions;
using CaseBot.Cases.AdviceLine;
using CaseBot.Casework.Actions;
using CaseBot.Tab.Hosting;
using CaseBot.Tab.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseBot.Tab.Pages;

/// <summary>
/// My open actions across my cases, with "Mark done": the very path of the action card's button (<see cref="ActionDone"/>), so a tick
/// here updates every copy of the case's action list in chat, and a tick there shows here on the next load. After a tick the page is
/// loaded again (post, redirect, get) with the card's own words for what happened.
/// </summary>
internal sealed class ActionsModel(MyActions myActions, ActionDone actionDone, AdviceLineHours ukHours, TimeProvider time) : PageModel
{
    private static readonly Dictionary<string, CardNotice> Notices = new(StringComparer.Ordinal)
    {
        ["done"] = CardNotice.Done(CardNotices.MarkedDone),
        ["already"] = CardNotice.Done(CardNotices.AlreadyDone),
        ["not-yours"] = CardNotice.Refused(CardNotices.NotYours),
        ["not-found"] = CardNotice.Refused(CardNotices.NoSuchAction),
        ["changed"] = CardNotice.Refused(CardNotices.CaseChanged),
    };

    public IReadOnlyList<MyAction> Mine { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public CardNotice? Notice { get; private set; }

    public async Task OnGetAsync(string? notice, CancellationToken cancellationToken)
    {
        var user = TabUser.From(User)!;
        Today = CardDates.Today(time.GetUtcNow(), ukHours.Zone);
        Notice = notice is not null && Notices.TryGetValue(notice, out var known) ? known : null;
        Mine = await myActions.OpenAsync(user.Caller, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid caseId, Guid actionId, CancellationToken cancellationToken)
    {
        var result = await actionDone.MarkAsync(TabUser.From(User)!.Caller, caseId, actionId, cancellationToken);
        var notice = result.Outcome switch
        {
            ActionDoneOutcome.Done => "done",
            ActionDoneOutcome.AlreadyDone => "already",
            ActionDoneOutcome.NotYours => "not-yours",
            ActionDoneOutcome.CaseChanged => "changed",
            _ => "not-found",
        };
        return LocalRedirect($"{TabPaths.Actions}?notice={notice}");
    }

    public string Day(DateOnly day) => CardDates.Day(day);
}
