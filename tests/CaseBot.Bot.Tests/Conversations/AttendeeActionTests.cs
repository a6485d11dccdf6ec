using CaseBot.Bot.Tests.Support;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Notices;
using CaseBot.Cases.Actions;
using CaseBot.Cases.CriticalCases;
using CaseBot.Dialogs.Attendees;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>"Mark done" and the action list's refresh through the real bot on SQLite: owners tick, everyone else is refused and nothing changes.</summary>
public sealed class AttendeeActionTests : IAsyncLifetime
{
    private ConversationHarness _sut = null!;
    private CriticalCase _case = null!;

    public async Task InitializeAsync()
    {
        _sut = await ConversationHarness.StartAsync();
        _case = await _sut.SeedHeldAsync();
    }

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    private ActionItem ClinicianAction => _case.Actions.Single(a => a.OwnerAadObjectId == AttendeePeople.ClinicianId);

    [Fact]
    public async Task Tick_ByOwner_SavesTheActionAsDone()
    {
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.InvokeAsync(CardVerbs.ActionTick, new ActionTickData(_case.Id, ClinicianAction.Id));

        var saved = await _sut.ReloadAsync(_case.Id);
        var action = saved.Actions.Single(a => a.Id == ClinicianAction.Id);
        Assert.Equal(ActionState.Done, action.State);
        Assert.Equal(_sut.Clock.GetUtcNow(), action.DoneAt);
        Assert.Equal(_case.Version + 1, saved.Version);
    }

    [Fact]
    public async Task Tick_ByOwner_AnswersWithTheirCardShowingItDoneAndNoButtonLeft()
    {
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.InvokeAsync(CardVerbs.ActionTick, new ActionTickData(_case.Id, ClinicianAction.Id));

        var card = _sut.AnsweredCard();
        Assert.Equal(CardNotices.MarkedDone, AttendeePeople.Notice(card));
        Assert.Contains("2 open, 1 done", card.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(AttendeePeople.Executes(card));
    }

    [Fact]
    public async Task Tick_ByOwner_QueuesOneUpdateOfEveryActionListCard()
    {
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.InvokeAsync(CardVerbs.ActionTick, new ActionTickData(_case.Id, ClinicianAction.Id));

        var update = Assert.Single(await _sut.OutboxAsync(_case.Id));
        Assert.Equal((AttendeeNotices.ActionsKind, AttendeeNotices.ActionsKind, null), (update.Kind, update.UpdateOf, update.RecipientAadObjectId));
        Assert.Equal($"actions/{_case.Id:D}/v{_case.Version}", update.DedupKey);
        Assert.Contains("2 open, 1 done", update.ActivityJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tick_ByAnotherAttendee_IsRefusedOnTheirCardAndChangesNothing()
    {
        _sut.ActAs(AttendeePeople.CaseworkerId);

        await _sut.InvokeAsync(CardVerbs.ActionTick, new ActionTickData(_case.Id, ClinicianAction.Id));

        var card = _sut.AnsweredCard();
        Assert.Equal(CardNotices.NotYours, AttendeePeople.Notice(card));
        var mark = Assert.Single(AttendeePeople.Executes(card));
        Assert.Equal(_case.Actions.Single(a => a.OwnerAadObjectId == AttendeePeople.CaseworkerId).Id.ToString(), mark.Data.GetProperty("actionId").GetString());
        var saved = await _sut.ReloadAsync(_case.Id);
        Assert.Equal(_case.Version, saved.Version);
        Assert.Equal(ActionState.Open, saved.Actions.Single(a => a.Id == ClinicianAction.Id).State);
        Assert.Empty(await _sut.OutboxAsync(_case.Id));
    }

    [Fact]
    public async Task Tick_Repeated_ChangesNothingTheSecondTime()
    {
        _sut.ActAs(AttendeePeople.ClinicianId);
        await _sut.InvokeAsync(CardVerbs.ActionTick, new ActionTickData(_case.Id, ClinicianAction.Id));
        var first = await _sut.ReloadAsync(_case.Id);

        await _sut.InvokeAsync(CardVerbs.ActionTick, new ActionTickData(_case.Id, ClinicianAction.Id));

        Assert.Equal(CardNotices.AlreadyDone, AttendeePeople.Notice(_sut.AnsweredCard()));
        var second = await _sut.ReloadAsync(_case.Id);
        Assert.Equal(first.Version, second.Version);
        Assert.Single(second.Chronology, e => e.Kind == ChronologyKind.ActionDone);
        Assert.Single(await _sut.OutboxAsync(_case.Id));
    }

    [Fact]
    public async Task Tick_UnknownAction_SaysSoAndChangesNothing()
    {
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.InvokeAsync(CardVerbs.ActionTick, new ActionTickData(_case.Id, Guid.NewGuid()));

        Assert.Equal(CardNotices.NoSuchAction, AttendeePeople.Notice(_sut.AnsweredCard()));
        Assert.Equal(_case.Version, (await _sut.ReloadAsync(_case.Id)).Version);
    }

    [Fact]
    public async Task Tick_ByStranger_GetsTheUnknownActionAnswerWithNothingOfTheCase()
    {
        _sut.ActAs(AttendeePeople.StrangerId);

        await _sut.InvokeAsync(CardVerbs.ActionTick, new ActionTickData(_case.Id, ClinicianAction.Id));

        var card = _sut.AnsweredCard();
        Assert.Equal(CardNotices.NoSuchAction, AttendeePeople.Notice(card));
        Assert.DoesNotContain(_case.Reference.Value, card.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(ClinicianAction.Description, card.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(_case.Version, (await _sut.ReloadAsync(_case.Id)).Version);
    }

    [Fact]
    public async Task Tick_UnknownCase_GetsTheUnknownActionAnswer()
    {
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.InvokeAsync(CardVerbs.ActionTick, new ActionTickData(Guid.NewGuid(), ClinicianAction.Id));

        Assert.Equal(CardNotices.NoSuchAction, AttendeePeople.Notice(_sut.AnsweredCard()));
    }

    [Fact]
    public async Task Refresh_ByOwner_ShowsMarkDoneOnTheirOwnActionOnly()
    {
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.InvokeAsync(CardVerbs.ActionsRefresh, new CaseCardData(_case.Id));

        var mark = Assert.Single(AttendeePeople.Executes(_sut.AnsweredCard()));
        Assert.Equal((ActionListText.MarkDone, CardVerbs.ActionTick), (mark.Title, mark.Verb));
        Assert.Equal(ClinicianAction.Id.ToString(), mark.Data.GetProperty("actionId").GetString());
    }

    [Fact]
    public async Task Refresh_ByStranger_ShowsNothingOfTheCase()
    {
        _sut.ActAs(AttendeePeople.StrangerId);

        await _sut.InvokeAsync(CardVerbs.ActionsRefresh, new CaseCardData(_case.Id));

        var card = _sut.AnsweredCard();
        Assert.Equal(CardNotices.NoSuchCase, AttendeePeople.Notice(card));
        Assert.DoesNotContain(ClinicianAction.Description, card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tick_WithoutActionId_IsABadRequestTheClientShows()
    {
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.InvokeAsync(CardVerbs.ActionTick, new { caseId = _case.Id });

        var answer = _sut.Last.CardResponse!;
        Assert.Equal((400, "application/vnd.microsoft.error"), (answer.StatusCode, answer.Type));
        Assert.Equal(AttendeeText.BadAction, answer.Value!.Value.GetProperty("message").GetString());
        Assert.Equal(200, _sut.Last.InvokeResponse!.Status);
    }

    [Fact]
    public async Task UnknownVerb_IsStillNotSupported()
    {
        await _sut.InvokeAsync("something.else", new CaseCardData(_case.Id));

        Assert.Equal(501, _sut.Last.CardResponse!.StatusCode);
    }
}
