using CaseBot.Bot.Storage;
using CaseBot.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>What a conversation leaves in conversation state: the dialogs still running, nothing of the ones that finished.</summary>
public sealed class ConversationStateTests : IAsyncLifetime
{
    private ConversationHarness _sut = null!;

    public async Task InitializeAsync() => _sut = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Accept_TriageSavedAndPlanningAsks_StateHoldsThePlanningQuestionAndNoTriageSteps()
    {
        await TriageAsync("HR-STATE-1");

        var state = Assert.Single(await ConversationRowsAsync());
        Assert.Contains("planning.confirm", state, StringComparison.Ordinal);
        Assert.DoesNotContain("triage.steps", state, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Later_PlanningDeclinedSoNoDialogRuns_StateIsEmpty()
    {
        await TriageAsync("HR-STATE-2");

        await _sut.SayAsync("later");

        Assert.Equal("{}", Assert.Single(await ConversationRowsAsync()));
    }

    [Fact]
    public async Task Status_InANewChat_WritesNoConversationState()
    {
        await _sut.SayAsync("status HR-NONE");

        Assert.Empty(await ConversationRowsAsync());
    }

    private async Task TriageAsync(string reference)
    {
        foreach (var text in new[] { "new case", reference, "me", "yes", "yes", "no", "6", "no", "yes", "accept" })
        {
            await _sut.SayAsync(text);
        }

        Assert.True(_sut.LastSaid("Shall we plan and book"), _sut.Describe());
    }

    private async Task<List<string>> ConversationRowsAsync()
    {
        await using var db = await _sut.Services.GetRequiredService<ICaseBotDbContextFactory>().CreateDbContextAsync(default);
        return await db.StateItems.AsNoTracking().Where(s => s.Key.Contains("/conversations/")).Select(s => s.Json).ToListAsync();
    }
}
