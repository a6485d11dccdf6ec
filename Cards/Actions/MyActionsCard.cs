using CaseBot.Cards.Model;
using CaseBot.Cases.Actions;

namespace CaseBot.Cards.Actions;

/// <summary>
/// A person's open actions across their cases: case reference, description, due date, whether overdue, and "Mark done" on each
/// (<see cref="CardVerbs.ActionTick"/> with <see cref="ActionTickData.MineView"/>). Refreshes itself (<see cref="CardVerbs.MyActionsRefresh"/>)
/// so an old copy in the chat shows what is open now.
/// </summary>
public static class MyActionsCard
{
    public static AdaptiveCard Build(IReadOnlyList<MyAction> actions, DateOnly today, CardNotice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var body = new List<CardElement>
        {
            new TextBlock(ActionListText.MyTitle) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(actions.Count == 0 ? ActionListText.MyNone : ActionListText.MyHint) { IsSubtle = true, Spacing = Spacing.None },
        };
        body.AddRange(actions.Select(a => new Container
        {
            Separator = true,
            Spacing = Spacing.Medium,
            Items =
            [
                new TextBlock(ActionListText.Mine(a.Reference, a.Action, today))
                {
                    IsSubtle = !a.Action.IsOverdue(today),
                    Color = a.Action.IsOverdue(today) ? TextColor.Attention : null,
                    Size = TextSize.Small,
                },
                TextBlock.Plain(a.Action.Description) with { Weight = TextWeight.Bolder, Spacing = Spacing.None },
                new ActionSet { Actions = [ActionListCard.MarkDone(new ActionTickData(a.CaseId, a.Action.Id, ActionTickData.MineView))] },
            ],
        }));
        return new AdaptiveCard
        {
            FallbackText = ActionListText.MyTitle,
            Body = NoticeBlock.Prepend(notice, body),
            Refresh = new CardRefresh { Action = new ExecuteAction(ActionListText.Refresh, CardVerbs.MyActionsRefresh) },
        };
    }
}
