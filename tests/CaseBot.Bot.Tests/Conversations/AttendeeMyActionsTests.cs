using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cards.Actions;
using CaseBot.Cases.CriticalCases;
using CaseBot.Dialogs.Attendees;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>"my actions" through the real bot: the caller's open actions across their cases, and "Mark done" from there.</summary>
public sealed class AttendeeMyActionsTests : IAsyncLifetime
{
    private ConversationHarness _sut = null!;
    private CriticalCase _first = null!;
    private CriticalCase _second = null!;

    public async Task InitializeAsync()
    {
        _sut = await ConversationHarness.StartAsync();
        _first = await _sut.SeedHeldAsync("HR-2026-0142");
        _second = await _sut.SeedHeldAsync("HR-2026-0200");
    }

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task MyActions_ListsOnlyTheCallersOpenActionsAcrossCases()
    {
        _sut.ActAs(AttendeePeople.ClinicianId);
        await TickAsync(_second);

        await _sut.SayAsync("my actions");

        var card = Assert.Single(_sut.Last.Replies).Attachments![0].Content!.Value;
        var buttons = AttendeePeople.Executes(card);
        var mark = Assert.Single(buttons);
        Assert.Equal(Clinicians(_first).Id.ToString(), mark.Data.GetProperty("actionId").GetString());
        Assert.Equal(ActionTickData.MineView, mark.Data.GetProperty("view").GetString());
        Assert.Contains("Case HR-2026-0142", card.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Case HR-2026-0200", card.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Book the review", card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyActions_StrangerWithNoCases_IsToldThereAreNone()
    {
        _sut.ActAs(AttendeePeople.StrangerId);

        await _sut.SayAsync("my actions");

        Assert.True(_sut.LastSaid(ActionListText.MyNone), _sut.Describe());
    }

    [Fact]
    public async Task MyActions_InAGroupChat_AsksForThePersonalChat()
    {
        var message = _sut.Adapter.MakeActivity("my actions");
        message.Conversation = new ConversationAccount("19:group@thread.v2", "groupChat", _sut.Adapter.Conversation.TenantId, true);

        var turn = await _sut.Adapter.SendAsync(message, _sut.Services.GetRequiredService<IBot>());

        Assert.Equal(AttendeeText.MyActionsInPersonalChat, Assert.Single(turn.Replies).Text);
    }

    [Fact]
    public async Task MarkDoneOnMyActions_AnswersWithMyActionsWithoutTheTickedOne()
    {
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.InvokeAsync(CardVerbs.ActionTick, new ActionTickData(_first.Id, Clinicians(_first).Id, ActionTickData.MineView));

        var card = _sut.AnsweredCard();
        Assert.Equal(CardNotices.MarkedDone, AttendeePeople.Notice(card));
        var left = Assert.Single(AttendeePeople.Executes(card));
        Assert.Equal(Clinicians(_second).Id.ToString(), left.Data.GetProperty("actionId").GetString());
        Assert.DoesNotContain((await _sut.ReloadAsync(_first.Id)).OpenActions, a => a.OwnerAadObjectId == AttendeePeople.ClinicianId);
    }

    [Fact]
    public async Task MyActionsRefresh_ShowsTheCallersActionsNow()
    {
        _sut.ActAs(AttendeePeople.CaseworkerId);

        await _sut.InvokeAsync(CardVerbs.MyActionsRefresh, null);

        Assert.Equal(2, AttendeePeople.Executes(_sut.AnsweredCard()).Count);
    }

    private static CaseBot.Cases.Actions.ActionItem Clinicians(CriticalCase criticalCase) => criticalCase.Actions.Single(a => a.OwnerAadObjectId == AttendeePeople.ClinicianId);

    private Task TickAsync(CriticalCase criticalCase) => _sut.InvokeAsync(CardVerbs.ActionTick, new ActionTickData(criticalCase.Id, Clinicians(criticalCase).Id));
}
