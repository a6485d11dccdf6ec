using CaseBot.Bot.Storage;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Builder;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.DialogEngine;
using CaseBot.Dialogs.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>The manager's triage through the real bot, typed and clicked, on SQLite, with the saved case checked afterwards.</summary>
public sealed class TriageConversationTests : IAsyncLifetime
{
    private ConversationHarness _sut = null!;

    public async Task InitializeAsync() => _sut = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Typing_CriticalCaseNeedingDecisionsWithoutIndividual_RecommendsCmmAndSavesTheCase()
    {
        await _sut.SayAsync("new case");
        Assert.True(_sut.LastSaid(TriageDialogText.AskReference));

        await _sut.SayAsync("HR-2026-0142");
        await _sut.SayAsync("me");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("no");
        await _sut.SayAsync("6, 10");
        await _sut.SayAsync("no");
        await _sut.SayAsync("yes");

        Assert.True(_sut.LastSaid("Recommended: Case Management Meeting"), _sut.Describe());
        Assert.True(_sut.LastSaid("never attend a Case Management Meeting"));
        Assert.True(_sut.LastSaid("Leads organising"));
        await _sut.SayAsync("accept");

        Assert.True(_sut.LastSaid("Shall we plan and book the Case Management Meeting now?"), _sut.Describe());
        var saved = await FindAsync("HR-2026-0142");
        Assert.Equal(MeetingType.CaseManagementMeeting, saved.Decision.Chosen);
        Assert.True(saved.Decision.Accepted);
        Assert.Equal(Role.ReferringManager, saved.Decision.Recommended.Lead.LeadRole);
        Assert.Equal([CaseBot.Cases.Triage.Trigger.ProcessStuck, CaseBot.Cases.Triage.Trigger.LitigationRisk], saved.Triage.Answers.Triggers.Order());
        Assert.Equal(_sut.Adapter.User.AadObjectId, saved.LeadAadObjectId);
        Assert.Contains(saved.Chronology, e => e.Kind == ChronologyKind.Triaged && e.At == _sut.Clock.GetUtcNow());
        Assert.True(_sut.LastSaid("Case HR-2026-0142 saved"));
    }

    [Fact]
    public async Task Clicking_IndividualInvolvementNeeded_RecommendsCaseConference()
    {
        await _sut.SayAsync("new case");
        await _sut.SayAsync("OH-77");
        await _sut.ClickAsync("Occupational Health");
        await _sut.ClickAsync("Yes");
        await _sut.ClickAsync("Yes");
        await _sut.ClickAsync("Yes");
        await _sut.TickAsync("life-changing", "ill-health retirement");
        await _sut.ClickAsync("Yes");
        await _sut.ClickAsync("No");

        Assert.True(_sut.LastSaid("Recommended: Case Conference"), _sut.Describe());
        await _sut.ClickAsync("Accept: Case Conference");

        var saved = await FindAsync("OH-77");
        Assert.Equal(MeetingType.CaseConference, saved.Decision.Chosen);
        Assert.Equal(Role.OhClinician, saved.Decision.Recommended.Lead.LeadRole);
        Assert.Contains(Role.Individual, saved.Decision.MayAttend);
    }

    [Theory]
    [InlineData("The individual")]
    [InlineData("Their representative")]
    public async Task Clicking_PromptedByIndividualSide_ConferenceLedByEpsWithoutAskingAboutInvolvement(string who)
    {
        await _sut.SayAsync("new case");
        await _sut.SayAsync("EPS-5");
        await _sut.ClickAsync(who);
        await _sut.ClickAsync("Yes");
        await _sut.ClickAsync("Yes");
        await _sut.ClickAsync("No");
        await _sut.TickAsync("stuck");

        Assert.True(_sut.LastSaid("Recommended: Case Conference"), _sut.Describe());
        Assert.True(_sut.LastSaid("so EPS typically takes the lead on organising it"), _sut.Describe());
        await _sut.ClickAsync("Accept: Case Conference");
        Assert.Equal(Role.EpsCaseworker, (await FindAsync("EPS-5")).Decision.Recommended.Lead.LeadRole);
    }

    [Fact]
    public async Task Typing_OverrideRecommendation_RecordsTheReason()
    {
        await WalkToConferenceRecommendationAsync("REF-OVR");

        await _sut.SayAsync("other");
        Assert.True(_sut.LastSaid(TriageDialogText.AskOverrideReason));
        await _sut.SayAsync("Professionals must agree options first");

        var saved = await FindAsync("REF-OVR");
        Assert.Equal(MeetingType.CaseManagementMeeting, saved.Decision.Chosen);
        Assert.Equal("Professionals must agree options first", saved.Decision.OverrideReason);
        Assert.DoesNotContain(Role.Individual, saved.Decision.MayAttend);
    }

    [Theory]
    [InlineData("2026-11-25T10:00:00Z", "open now until 4pm")]
    [InlineData("2026-11-27T17:00:00Z", "opens again on Monday at 8am")]
    public async Task Typing_NotCritical_SignpostsUsualRouteAndAdviceLineHours(string now, string adviceLine)
    {
        _sut.Clock.SetUtcNow(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        await _sut.SayAsync("new case");
        await _sut.SayAsync("REF-NC");
        await _sut.SayAsync("me");
        await _sut.SayAsync("no");
        await _sut.SayAsync("no");
        await _sut.SayAsync("no");
        await _sut.SayAsync("none");

        Assert.True(_sut.LastSaid("Not a critical case"), _sut.Describe());
        Assert.True(_sut.LastSaid(adviceLine), _sut.Describe());
        Assert.True(_sut.LastSaid("023 8062 6600"));
        Assert.True(_sut.LastSaid(TriageDialogText.NotSaved));
        Assert.Null(await _sut.Services.GetRequiredService<ICaseRepository>().FindAsync(_sut.Adapter.Conversation.TenantId!, CaseReference.Parse("REF-NC"), default));
    }

    [Fact]
    public async Task RestartMidDialog_OnSqlite_ResumesAtTheSameStepWithAnswersKept()
    {
        await _sut.SayAsync("new case");
        await _sut.SayAsync("REF-RST");
        await _sut.SayAsync("HR");
        await _sut.SayAsync("yes");

        await _sut.RestartAsync();
        await _sut.SayAsync("help");
        Assert.True(_sut.LastSaid(TriageDialogText.StuckHelp), _sut.Describe());
        await _sut.SayAsync("yes");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("terminal");
        await _sut.SayAsync("no");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("accept");

        var saved = await FindAsync("REF-RST");
        Assert.Equal(NeedIdentifiedBy.HumanResources, saved.Triage.IdentifiedBy);
        Assert.True(saved.Triage.Answers.IsExceptional);
    }

    [Fact]
    public async Task InvalidReference_GetsSpecificReprompt_AndNamesAreRefused()
    {
        await _sut.SayAsync("new case");

        await _sut.SayAsync("Jane Smith");

        Assert.True(_sut.LastSaid(CaseText.ReferenceRules), _sut.Describe());
    }

    [Fact]
    public async Task ExistingReference_IsRefusedAtTheFirstStep()
    {
        await WalkToConferenceRecommendationAsync("DUP-1");
        await _sut.SayAsync("accept");
        await _sut.SayAsync("not now");

        await _sut.SayAsync("new case");
        await _sut.SayAsync("dup-1");

        Assert.True(_sut.LastSaid(TriageDialogText.ReferenceTaken), _sut.Describe());
    }

    [Fact]
    public async Task Accept_RunAgainAfterTheCaseWasSavedButNotTheConversation_GoesOnAsSavedWithOneCase()
    {
        // An instance died after saving the case and before saving the conversation; Teams (or another instance) runs the turn again.
        await WalkToConferenceRecommendationAsync("RERUN-1");
        var before = await StateRowsAsync();
        var accept = _sut.Adapter.MakeActivity("accept");
        await _sut.Adapter.SendAsync(accept, _sut.Services.GetRequiredService<IBot>());
        await RestoreStateRowsAsync(before);

        var again = await _sut.Adapter.SendAsync(accept, _sut.Services.GetRequiredService<IBot>());

        var said = string.Join(" | ", again.Replies.Select(r => r.Text ?? r.Attachments?[0].Content?.GetRawText()));
        Assert.Contains("Case RERUN-1 saved", said, StringComparison.Ordinal);
        Assert.DoesNotContain(TriageDialogText.DuplicateOnSave, said, StringComparison.Ordinal);
        Assert.Single(await _sut.Services.GetRequiredService<ICaseRepository>().ListForParticipantAsync(
            _sut.Adapter.Conversation.TenantId!, _sut.Adapter.User.AadObjectId!, default), c => c.Reference.Value == "RERUN-1");
    }

    [Fact]
    public async Task Accept_SentAgainAfterTheConversationCouldNotBeSaved_GoesOnAsSavedWithOneCase()
    {
        // The database went away after the case was saved and before the conversation was; the manager sends "accept" again.
        await WalkToConferenceRecommendationAsync("RETYPE-1");
        var before = await StateRowsAsync();
        await _sut.SayAsync("accept");
        await RestoreStateRowsAsync(before);

        await _sut.SayAsync("accept");

        Assert.True(_sut.LastSaid("Case RETYPE-1 saved"), _sut.Describe());
        Assert.False(_sut.LastSaid(TriageDialogText.DuplicateOnSave));
        Assert.Single(await _sut.Services.GetRequiredService<ICaseRepository>().ListForParticipantAsync(
            _sut.Adapter.Conversation.TenantId!, _sut.Adapter.User.AadObjectId!, default), c => c.Reference.Value == "RETYPE-1");
    }

    [Fact]
    public async Task Accept_AnotherConversationSavedTheReferenceMeanwhile_SaysSoAndSavesNothingOfItsOwn()
    {
        await WalkToConferenceRecommendationAsync("RACE-1");
        var other = TestCriticalCases.Open("RACE-1", _sut.Clock.GetUtcNow(), tenant: _sut.Adapter.Conversation.TenantId!);
        await _sut.Services.GetRequiredService<ICaseRepository>().AddAsync(other, default);

        await _sut.SayAsync("accept");

        Assert.True(_sut.LastSaid(TriageDialogText.DuplicateOnSave), _sut.Describe());
        Assert.Equal(other.Id, (await FindAsync("RACE-1")).Id);
    }

    [Fact]
    public async Task Cancel_ConfirmedMidDialog_StopsAndSavesNothing()
    {
        await _sut.SayAsync("new case");
        await _sut.SayAsync("REF-CAN");
        await _sut.SayAsync("cancel");
        await _sut.SayAsync("yes");

        Assert.True(_sut.LastSaid(EngineText.Cancelled), _sut.Describe());
        await _sut.SayAsync("me");
        Assert.True(_sut.LastSaid(Dialogs.Root.RootText.NotUnderstood), _sut.Describe());
    }

    [Fact]
    public async Task Back_ChangesAnEarlierAnswer()
    {
        await _sut.SayAsync("new case");
        await _sut.SayAsync("REF-BCK");
        await _sut.SayAsync("HR");
        await _sut.SayAsync("back");
        Assert.True(_sut.LastSaid(TriageDialogText.AskIdentifiedBy), _sut.Describe());
        await _sut.SayAsync("me");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("no");
        await _sut.SayAsync("none");
        await _sut.SayAsync("no");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("accept");

        Assert.Equal(NeedIdentifiedBy.Manager, (await FindAsync("REF-BCK")).Triage.IdentifiedBy);
    }

    [Fact]
    public async Task Restart_StartsTheTriageAgain()
    {
        await _sut.SayAsync("new case");
        await _sut.SayAsync("REF-AGN");
        await _sut.SayAsync("restart");

        Assert.True(_sut.LastSaid(TriageDialogText.AskReference), _sut.Describe());
    }

    [Fact]
    public async Task RepeatedNonsense_OffersHelpInsteadOfLooping()
    {
        await _sut.SayAsync("new case");
        await _sut.SayAsync("REF-HLP");
        await _sut.SayAsync("banana");
        await _sut.SayAsync("banana");
        await _sut.SayAsync("banana");

        Assert.True(_sut.LastSaid(TriageDialogText.IdentifiedByHelp), _sut.Describe());
    }

    private async Task WalkToConferenceRecommendationAsync(string reference)
    {
        await _sut.SayAsync("new case");
        await _sut.SayAsync(reference);
        await _sut.SayAsync("me");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("1");
        await _sut.SayAsync("yes");
        await _sut.SayAsync("no");
        Assert.True(_sut.LastSaid("Recommended: Case Conference"), _sut.Describe());
    }

    private async Task<List<StateItemEntity>> StateRowsAsync()
    {
        await using var db = await _sut.Services.GetRequiredService<ICaseBotDbContextFactory>().CreateDbContextAsync(default);
        return await db.StateItems.AsNoTracking().ToListAsync();
    }

    private async Task RestoreStateRowsAsync(List<StateItemEntity> rows)
    {
        await using var db = await _sut.Services.GetRequiredService<ICaseBotDbContextFactory>().CreateDbContextAsync(default);
        foreach (var row in rows)
        {
            await db.StateItems.Where(s => s.Key == row.Key).ExecuteUpdateAsync(set => set.SetProperty(s => s.Json, row.Json).SetProperty(s => s.ETag, row.ETag));
        }
    }

    private async Task<CriticalCase> FindAsync(string reference)
    {
        var found = await _sut.Services.GetRequiredService<ICaseRepository>().FindAsync(_sut.Adapter.Conversation.TenantId!, CaseReference.Parse(reference), default);
        Assert.NotNull(found);
        return found;
    }
}
