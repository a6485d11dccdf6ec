using CaseBot.Cards.Model;
using CaseBot.Cases.Actions;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Cards.Actions;

/// <summary>
/// Every action of a case: description, owner (role and name), due date and state (open, overdue on <c>today</c>, done). The shared
/// base card is read-only and carries a Universal Actions <c>refresh</c> (<see cref="CardVerbs.ActionsRefresh"/>); the answer to
/// that refresh is <see cref="ForViewer"/>, which adds "Mark done" (<see cref="CardVerbs.ActionTick"/>) to the viewer's own open
/// actions only.
/// </summary>
public static class ActionListCard
{
    /// <summary>Teams refreshes automatically for at most 60 listed users.</summary>
    public const int MaxRefreshUsers = 60;

    /// <param name="criticalCase">The case whose actions to list.</param>
    /// <param name="today">The organisation's date, which decides what is overdue.</param>
    /// <param name="refreshUserIds">
    /// Who Teams refreshes the card for (their Teams user ids, at most 60 kept). Null omits the list, and Teams then refreshes for
    /// every member of a conversation of up to 60 people (a 1:1 chat, a case's group chat).
    /// </param>
    /// <param name="notice">A line to show first, e.g. why a click changed nothing.</param>
    public static AdaptiveCard Build(CriticalCase criticalCase, DateOnly today, IReadOnlyList<string>? refreshUserIds = null, CardNotice? notice = null)
        => Compose(criticalCase, today, null, refreshUserIds, notice);

    /// <summary>The card as <paramref name="viewerAadObjectId"/> sees it: "Mark done" on their own open actions.</summary>
    public static AdaptiveCard ForViewer(CriticalCase criticalCase, DateOnly today, string viewerAadObjectId, IReadOnlyList<string>? refreshUserIds = null, CardNotice? notice = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(viewerAadObjectId);
        return Compose(criticalCase, today, viewerAadObjectId, refreshUserIds, notice);
    }

    private static AdaptiveCard Compose(CriticalCase criticalCase, DateOnly today, string? viewer, IReadOnlyList<string>? refreshUserIds, CardNotice? notice)
    {
        ArgumentNullException.ThrowIfNull(criticalCase);
        var actions = criticalCase.Actions.OrderBy(a => a.State).ThenBy(a => a.Due).ToList();
        var open = actions.Count(a => a.State == ActionState.Open);
        var title = ActionListText.Title(criticalCase.Reference);
        var body = new List<CardElement>
        {
            new TextBlock(MarkdownText.Inline(title)) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(actions.Count == 0 ? ActionListText.NoActions : ActionListText.Summary(open, actions.Count(a => a.IsOverdue(today)), actions.Count - open))
            {
                IsSubtle = true, Spacing = Spacing.None,
            },
        };
        body.AddRange(actions.Select(a => Row(criticalCase, a, today, viewer)));
        if (actions.Count > 0)
        {
            body.Add(new TextBlock(ActionListText.OwnerOnly) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium });
        }

        return new AdaptiveCard
        {
            FallbackText = title,
            Body = NoticeBlock.Prepend(notice, body),
            Refresh = new CardRefresh
            {
                Action = new ExecuteAction(ActionListText.Refresh, CardVerbs.ActionsRefresh) { Data = CardSerializer.Data(new CaseCardData(criticalCase.Id)) },
                UserIds = refreshUserIds?.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxRefreshUsers).ToList(),
            },
        };
    }

    // Kept lean (one container, two text blocks, a button only for the owner): fifty rows must stay within Teams' 28 KB message limit.
    private static Container Row(CriticalCase criticalCase, ActionItem action, DateOnly today, string? viewer)
    {
        var state = ActionListText.State(action, today);
        var items = new List<CardElement>
        {
            TextBlock.Plain(action.Description) with { Weight = TextWeight.Bolder },
            new TextBlock($"{ActionListText.Owner(action.OwnerRole, criticalCase.OwnerOf(action)?.DisplayName, action.Due)} · **{state}**")
            {
                Spacing = Spacing.None, Color = StateColour(state),
            },
        };
        if (viewer is not null && action.State == ActionState.Open && string.Equals(action.OwnerAadObjectId, viewer, StringComparison.OrdinalIgnoreCase))
        {
            items.Add(new ActionSet { Actions = [MarkDone(new ActionTickData(criticalCase.Id, action.Id))] });
        }

        return new Container { Separator = true, Items = items };
    }

    internal static ExecuteAction MarkDone(ActionTickData data)
        => new(ActionListText.MarkDone, CardVerbs.ActionTick) { Data = CardSerializer.Data(data), Style = ActionStyle.Positive };

    private static TextColor? StateColour(string state)
        => state == ActionListText.Done ? TextColor.Good : state == ActionListText.Overdue ? TextColor.Attention : null;
}
