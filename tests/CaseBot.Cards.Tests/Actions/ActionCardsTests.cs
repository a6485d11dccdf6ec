using CaseBot.Cards.Actions;
using CaseBot.Cards.Model;
using CaseBot.Cards.Tests.Support;
using CaseBot.Cases.Actions;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;

namespace CaseBot.Cards.Tests.Actions;

/// <summary>The action list (base and per viewer), "my actions" and the refusal card: valid, rendered, and showing tick buttons only to owners.</summary>
public sealed class ActionCardsTests
{
    private static readonly DateOnly Today = AttendeeCases.Today;

    public static IReadOnlyDictionary<string, AdaptiveCard> Cards()
    {
        var held = AttendeeCases.Held();
        var mine = MyAction.OpenFor([held], AttendeeCases.ClinicianId);
        return new Dictionary<string, AdaptiveCard>
        {
            ["actions-base"] = ActionListCard.Build(held, Today),
            ["actions-clinician"] = ActionListCard.ForViewer(held, Today, AttendeeCases.ClinicianId),
            ["actions-refused"] = ActionListCard.ForViewer(held, Today, AttendeeCases.ManagerId, notice: CardNotice.Refused(CardNotices.NotYours)),
            ["actions-marked-done"] = ActionListCard.ForViewer(held, Today, AttendeeCases.ManagerId, notice: CardNotice.Done(CardNotices.MarkedDone)),
            ["actions-none"] = ActionListCard.Build(AttendeeCases.Booked(), Today),
            ["my-actions"] = MyActionsCard.Build(mine, Today),
            ["my-actions-none"] = MyActionsCard.Build([], Today, CardNotice.Done(CardNotices.MarkedDone)),
            ["refusal"] = RefusalCard.Build(CardNotices.NoSuchAction),
        };
    }

    [Fact]
    public async Task Validate_EveryActionCard_HasNoEvents() => await CardValidator.AssertValidAsync(Cards());

    [Fact]
    public void Snapshot_EveryActionCard_MatchesTheCheckedInJson() => CardSnapshots.AssertMatch(Cards());

    [Fact]
    public async Task Render_EveryActionCard_InTeamsLightHostConfig()
        => await CardRenderer.AssertEveryCardRendersAsync(Cards());

    [Fact]
    public async Task Render_ClinicianView_ShowsEachActionWithOwnerDueAndState()
    {
        await using var renderer = await CardRenderer.StartAsync();

        var text = await renderer.RenderAsync("actions-clinician-check", Cards()["actions-clinician"]);

        Assert.Contains("Actions for case HR-2026-0142", text, StringComparison.Ordinal);
        Assert.Contains("2 open (1 overdue), 1 done", text, StringComparison.Ordinal);
        Assert.Contains("OH Clinician (Olive Clinician) · due 10 Jun 2026 · Overdue", text, StringComparison.Ordinal);
        Assert.Contains("EPS Caseworker (Ezra Caseworker) · due 5 Jun 2026 · Done", text, StringComparison.Ordinal);
        Assert.Contains(ActionListText.Overdue, text, StringComparison.Ordinal);
        Assert.Contains(ActionListText.Done, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_AnyCase_IsReadOnlyAndRefreshesWithTheCaseId()
    {
        var held = AttendeeCases.Held();

        var card = ActionListCard.Build(held, Today);

        Assert.Empty(CardText.Buttons(card));
        var refresh = Assert.IsType<ExecuteAction>(card.Refresh!.Action);
        Assert.Equal(CardVerbs.ActionsRefresh, refresh.Verb);
        Assert.Equal($$"""{"caseId":"{{held.Id}}"}""", refresh.Data!.Value.GetRawText());
        Assert.Null(card.Refresh.UserIds);
    }

    [Fact]
    public void ForViewer_Owner_GetsMarkDoneOnlyOnTheirOwnOpenAction()
    {
        var held = AttendeeCases.Held();
        var own = held.Actions[0];

        var card = ActionListCard.ForViewer(held, Today, AttendeeCases.ClinicianId);

        var button = Assert.IsType<ExecuteAction>(Assert.Single(CardText.Buttons(card)));
        Assert.Equal(ActionListText.MarkDone, button.Title);
        Assert.Equal(CardVerbs.ActionTick, button.Verb);
        Assert.Equal($$"""{"caseId":"{{held.Id}}","actionId":"{{own.Id}}"}""", button.Data!.Value.GetRawText());
        var row = CardText.Elements(card).OfType<Container>().Single(c => c.Items.Contains(new TextBlock(own.Description) { Weight = TextWeight.Bolder }));
        Assert.Contains(row.Items, e => e is ActionSet);
    }

    [Fact]
    public void ForViewer_OwnerOfADoneAction_GetsNoButton()
    {
        var card = ActionListCard.ForViewer(AttendeeCases.Held(), Today, AttendeeCases.CaseworkerId);

        Assert.Empty(CardText.Buttons(card));
    }

    [Fact]
    public void ForViewer_SomeoneOwningNothing_GetsTheReadOnlyList()
    {
        var card = ActionListCard.ForViewer(AttendeeCases.Held(), Today, "someone-else");

        Assert.Empty(CardText.Buttons(card));
        Assert.Equal(3, CardText.Elements(card).OfType<Container>().Count(c => c.Separator == true));
    }

    [Fact]
    public void ForViewer_KeepsTheRefreshSoLaterViewsStayCurrent()
    {
        var card = ActionListCard.ForViewer(AttendeeCases.Held(), Today, AttendeeCases.ClinicianId);

        Assert.Equal(CardVerbs.ActionsRefresh, Assert.IsType<ExecuteAction>(card.Refresh!.Action).Verb);
    }

    [Fact]
    public void Build_RefreshUserIds_AreDedupedAndCappedAtSixty()
    {
        var ids = Enumerable.Range(0, 70).Select(i => $"user-{i}").Append("USER-1").ToList();

        var card = ActionListCard.Build(AttendeeCases.Held(), Today, ids);

        Assert.Equal(ActionListCard.MaxRefreshUsers, card.Refresh!.UserIds!.Count);
        Assert.Equal(ids.Take(60), card.Refresh.UserIds);
    }

    [Fact]
    public void Refused_Notice_IsTheFirstThingOnTheCardInTheAttentionStyle()
    {
        var notice = Assert.IsType<Container>(Cards()["actions-refused"].Body[0]);

        Assert.Equal(ContainerStyle.Attention, notice.Style);
        Assert.Equal(CardNotices.NotYours, Assert.IsType<TextBlock>(Assert.Single(notice.Items)).Text);
    }

    [Fact]
    public void ActionState_DueYesterday_IsOverdueAndDoneIsDone()
    {
        var action = AttendeeCases.Actions()[0];
        var done = action.Tick(action.OwnerAadObjectId, AttendeeCases.Opened).Item;

        Assert.Equal(ActionListText.Overdue, ActionListText.State(action, action.Due.AddDays(1)));
        Assert.Equal(ActionListText.Open, ActionListText.State(action, action.Due));
        Assert.Equal(ActionListText.Done, ActionListText.State(done, action.Due.AddDays(1)));
    }

    [Fact]
    public void ForViewer_FiftyActionsOfSixtyCharacters_StaysUnderTeamsMessageSize()
    {
        var held = AttendeeCases.Held();
        var many = Enumerable.Range(0, 50)
            .Select(i => new ActionItem(Guid.NewGuid(), $"Action {i:00}: send the updated adjustments plan to the team", Role.OhClinician, AttendeeCases.ClinicianId, Today))
            .ToList();
        var big = CriticalCase.Restore(
            held.Id, held.Reference, held.LeadAadObjectId, held.TenantId, held.Triage, held.Decision, held.Stage, held.Chronology, held.Version,
            held.Progress with { Actions = many });

        var json = CardSerializer.ToJson(ActionListCard.ForViewer(big, Today, AttendeeCases.ClinicianId));

        Assert.True(json.Length < 28_000, $"{json.Length} characters");
    }

    [Fact]
    public void MyActions_ListsOnlyTheCallersOpenActionsWithCaseDueAndOverdue()
    {
        var held = AttendeeCases.Held();

        var mine = MyAction.OpenFor([held], AttendeeCases.ClinicianId);
        var card = MyActionsCard.Build(mine, Today);

        var only = Assert.Single(mine);
        Assert.Equal(held.Actions[0].Id, only.Action.Id);
        Assert.Contains("Case HR-2026-0142 · due 10 Jun 2026 (overdue)", CardText.All(card));
        var button = Assert.IsType<ExecuteAction>(Assert.Single(CardText.Buttons(card)));
        Assert.Equal($$"""{"caseId":"{{held.Id}}","actionId":"{{only.Action.Id}}","view":"mine"}""", button.Data!.Value.GetRawText());
        Assert.Equal(CardVerbs.MyActionsRefresh, Assert.IsType<ExecuteAction>(card.Refresh!.Action).Verb);
    }

    [Fact]
    public void MyActions_DoneActionOfTheCaller_IsNotListed()
    {
        Assert.Empty(MyAction.OpenFor([AttendeeCases.Held()], AttendeeCases.CaseworkerId));
    }

    [Fact]
    public void MyActions_None_SaysSo()
    {
        Assert.Contains(ActionListText.MyNone, CardText.All(MyActionsCard.Build([], Today)));
    }
}
