using CaseBot.Bot.Tests.Support;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Notices;
using CaseBot.Cases.Access;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Actions;
using CaseBot.Casework.Changes;
using CaseBot.Casework.Lookups;
using CaseBot.Dialogs.Attendees;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>Fifty owners tick their actions on one list at once: every tick lands (version check plus retry), none is lost.</summary>
public sealed class AttendeeConcurrencyTests : IAsyncLifetime
{
    private const int Owners = 50;
    private ConversationHarness _sut = null!;

    public async Task InitializeAsync() => _sut = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Tick_FiftyOwnersAtOnceThroughTheBot_AllLand()
    {
        var (seeded, owners) = await _sut.SeedManyOwnersAsync(Owners);

        var turns = await Task.WhenAll(owners.Select(id => _sut.InvokeAsAsync(
            AttendeePeople.Account(id), $"a:chat-{id}", CardVerbs.ActionTick, new ActionTickData(seeded.Id, seeded.Actions.Single(a => a.OwnerAadObjectId == id).Id))));

        Assert.All(turns, t => Assert.Contains(CardNotices.MarkedDone, t.CardResponse!.Value!.Value.GetRawText(), StringComparison.Ordinal));
        await AssertAllDoneAsync(seeded);
    }

    [Fact]
    public async Task Tick_FiftyOwnersAtOnceAcrossFiveInstances_AllLandAfterRetries()
    {
        var (seeded, owners) = await _sut.SeedManyOwnersAsync(Owners);
        var instances = Enumerable.Range(0, 5).Select(_ => Instance()).ToList();

        var answers = await Task.WhenAll(owners.Select((id, i) => instances[i % instances.Count].TickAsync(
            new CaseCaller(_sut.Adapter.Conversation.TenantId!, id), new ActionTickData(seeded.Id, seeded.Actions.Single(a => a.OwnerAadObjectId == id).Id), default)));

        Assert.All(answers, a => Assert.Contains(CardNotices.MarkedDone, a.Value!.Value.GetRawText(), StringComparison.Ordinal));
        await AssertAllDoneAsync(seeded);
    }

    // A second CaseBot process: its own per-case gates, the same database.
    private ActionTicks Instance()
    {
        var services = _sut.Services;
        var lookups = services.GetRequiredService<CaseLookups>();
        var changes = new CaseChanges(services.GetRequiredService<ICaseRepository>(), lookups, new CaseLocks(), NullLogger<CaseChanges>.Instance);
        var hours = services.GetRequiredService<AdviceLineHours>();
        var done = new ActionDone(changes, services.GetRequiredService<ICaseNotices>(), hours, _sut.Clock, NullLogger<ActionDone>.Instance);
        return new ActionTicks(done, lookups, services.GetRequiredService<MyActionsCommand>(), new StatusViews(hours), hours, _sut.Clock);
    }

    private async Task AssertAllDoneAsync(CriticalCase seeded)
    {
        var saved = await _sut.ReloadAsync(seeded.Id);
        Assert.Empty(saved.OpenActions);
        Assert.Equal(Owners, saved.Chronology.Count(e => e.Kind == ChronologyKind.ActionDone));
        Assert.Equal(seeded.Version + Owners, saved.Version);
        Assert.Equal(Owners, (await _sut.OutboxAsync(seeded.Id)).Count(m => m.UpdateOf == AttendeeNotices.ActionsKind));
    }
}
