using System.Net.Http.Json;
using System.Text.Json;
using CaseBot.Bot.Delivery;
using CaseBot.Bot.Storage;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Notices;
using CaseBot.Cases.Actions;
using CaseBot.Cases.CriticalCases;
using CaseBot.Tab;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Tab;

/// <summary>
/// "My actions" and Mark done on the board: the card's own path (saved with an update notice, so every copy of the action list in chat
/// is replaced), and a tick from the board racing a tick from a card on another instance over the same database loses nothing.
/// </summary>
public sealed class TabActionTests(TabHostFixture fixture) : IClassFixture<TabHostFixture>, IAsyncLifetime
{
    private TabHost _host = null!;
    private CriticalCase _case = null!;

    public async Task InitializeAsync()
    {
        _host = fixture.Host.WithNewTenant();
        _case = await _host.AddAsync(TabPeople.Held(_host.Tenant, "HR-2026-0200", TimeProvider.System.GetUtcNow()));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ActionItem ClinicianAction => _case.Actions.Single(a => a.OwnerAadObjectId == TabPeople.ClinicianId);

    private ActionItem CaseworkerAction => _case.Actions.Single(a => a.OwnerAadObjectId == TabPeople.CaseworkerId);

    [Fact]
    public async Task MyActions_ListsOnlyTheUsersOpenActionsWithTheOverdueOneMarked()
    {
        using var browser = await _host.SignInAsync(TabPeople.ClinicianId);

        await browser.GetAsync("/tab/actions");

        var text = TabSession.Text(browser.Html);
        Assert.Contains("Case HR-2026-0200 Due", text, StringComparison.Ordinal);
        Assert.Contains("Overdue Send the adjustments report Mark done", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Book the review", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkDone_ByTheOwner_SavesTheTickAndQueuesTheUpdateOfEveryActionListCard()
    {
        using var browser = await _host.SignInAsync(TabPeople.ClinicianId);
        await browser.GetAsync("/tab/actions");

        await browser.PostAsync("/tab/actions", Tick(ClinicianAction));

        Assert.Equal("/tab/actions?notice=done", browser.Path);
        Assert.Contains(CardNotices.MarkedDone, browser.Html, StringComparison.Ordinal);
        Assert.Contains(TabText.NoActions, TabSession.Text(browser.Html), StringComparison.Ordinal);
        var saved = await ReloadAsync();
        Assert.Equal(ActionState.Done, saved.Actions.Single(a => a.Id == ClinicianAction.Id).State);
        Assert.Single(saved.Chronology, e => e.Kind == ChronologyKind.ActionDone);
        Assert.Single(await OutboxAsync(_host), m => m.UpdateOf == AttendeeNotices.ActionsKind);
    }

    [Fact]
    public async Task MarkDone_OfSomeoneElsesAction_ChangesNothingAndSaysWhy()
    {
        using var browser = await _host.SignInAsync(TabPeople.CaseworkerId);
        await browser.GetAsync("/tab/actions");

        await browser.PostAsync("/tab/actions", Tick(ClinicianAction));

        Assert.Contains(CardNotices.NotYours, TabSession.Text(browser.Html), StringComparison.Ordinal);
        Assert.Equal(_case.Version, (await ReloadAsync()).Version);
    }

    [Fact]
    public async Task MarkDone_ByAStranger_AnswersAsForAnUnknownAction()
    {
        using var browser = await _host.SignInAsync(TabPeople.StrangerId);
        await browser.GetAsync("/tab/lookup");

        await browser.PostAsync("/tab/actions", Tick(ClinicianAction));

        Assert.Contains(CardNotices.NoSuchAction, TabSession.Text(browser.Html), StringComparison.Ordinal);
        Assert.Equal(_case.Version, (await ReloadAsync()).Version);
    }

    [Fact]
    public async Task MarkDone_OnTheBoardAndOnACardOfAnotherInstanceAtOnce_SameActionIsDoneOnce()
    {
        await using var cards = new CaseBotFactory(TabPeople.Settings(new() { ["Storage:SqlitePath"] = SqlitePath() }));
        using var cardClient = cards.CreateClient();
        using var browser = await _host.SignInAsync(TabPeople.ClinicianId);
        await browser.GetAsync("/tab/actions");

        var answers = await Task.WhenAll(
            browser.PostAsync("/tab/actions", Tick(ClinicianAction)).ContinueWith(_ => TabSession.Text(browser.Html), TaskScheduler.Default),
            CardTickAsync(cardClient, TabPeople.ClinicianId, ClinicianAction));

        var saved = await ReloadAsync();
        Assert.Equal(ActionState.Done, saved.Actions.Single(a => a.Id == ClinicianAction.Id).State);
        Assert.Single(saved.Chronology, e => e.Kind == ChronologyKind.ActionDone);
        Assert.Equal(_case.Version + 1, saved.Version);
        Assert.Single(answers, a => a.Contains(CardNotices.MarkedDone, StringComparison.Ordinal));
        Assert.Single(answers, a => a.Contains(CardNotices.AlreadyDone, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MarkDone_OnTheBoardAndOnACardOfAnotherInstanceAtOnce_TwoActionsOfOneCaseAreBothDone()
    {
        await using var cards = new CaseBotFactory(TabPeople.Settings(new() { ["Storage:SqlitePath"] = SqlitePath() }));
        using var cardClient = cards.CreateClient();
        using var browser = await _host.SignInAsync(TabPeople.ClinicianId);
        await browser.GetAsync("/tab/actions");

        await Task.WhenAll(
            browser.PostAsync("/tab/actions", Tick(ClinicianAction)),
            CardTickAsync(cardClient, TabPeople.CaseworkerId, CaseworkerAction));

        var saved = await ReloadAsync();
        Assert.Empty(saved.OpenActions);
        Assert.Equal(2, saved.Chronology.Count(e => e.Kind == ChronologyKind.ActionDone));
        Assert.Equal(_case.Version + 2, saved.Version);
        Assert.Equal(2, (await OutboxAsync(_host)).Count(m => m.UpdateOf == AttendeeNotices.ActionsKind));
    }

    [Fact]
    public async Task MarkDone_OnACard_ShowsOnTheBoardAtTheNextLoad()
    {
        using var cardClient = new HttpClient { BaseAddress = _host.BaseAddress };
        using var browser = await _host.SignInAsync(TabPeople.ClinicianId);
        await browser.GetAsync("/tab/actions");
        Assert.Contains("Send the adjustments report", browser.Html, StringComparison.Ordinal);

        await CardTickAsync(cardClient, TabPeople.ClinicianId, ClinicianAction);
        await browser.GetAsync("/tab/actions");

        Assert.DoesNotContain("Send the adjustments report", browser.Html, StringComparison.Ordinal);
        Assert.Contains(TabText.NoActions, TabSession.Text(browser.Html), StringComparison.Ordinal);
    }

    private Dictionary<string, string> Tick(ActionItem action) => new() { ["caseId"] = _case.Id.ToString(), ["actionId"] = action.Id.ToString() };

    // The action list card's "Mark done", as Teams sends it (Action.Execute in an adaptiveCard/action invoke); the answer is the card.
    private async Task<string> CardTickAsync(HttpClient client, string owner, ActionItem action)
    {
        var invoke = new Activity
        {
            Type = "invoke",
            Name = "adaptiveCard/action",
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "msteams",
            ServiceUrl = "http://127.0.0.1:9/connector",
            From = new ChannelAccount($"29:{owner}", "Owner", owner),
            Recipient = new ChannelAccount("28:bot", "CaseBot"),
            Conversation = new ConversationAccount($"a:{owner}", "personal", _host.Tenant),
            Value = JsonSerializer.SerializeToElement(new
            {
                action = new { type = "Action.Execute", verb = CardVerbs.ActionTick, data = new { caseId = _case.Id, actionId = action.Id } },
                trigger = "manual",
            }),
        };
        using var response = await client.PostAsJsonAsync("/api/messages", invoke, BotJson.Options);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private string SqlitePath() => Path.Combine(_host.ContentRoot, "data", "casebot.db");

    private async Task<CriticalCase> ReloadAsync() => (await _host.Cases.FindByIdAsync(_case.Id, default))!;

    private async Task<List<OutboxMessageEntity>> OutboxAsync(TabHost host)
    {
        await using var db = await host.Services.GetRequiredService<ICaseBotDbContextFactory>().CreateDbContextAsync(default);
        return await db.OutboxMessages.AsNoTracking().Where(m => m.CaseId == _case.Id).ToListAsync();
    }
}
