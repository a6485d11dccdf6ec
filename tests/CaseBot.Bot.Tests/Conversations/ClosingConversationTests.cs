using CaseBot.Bot.Tests.Support;
using CaseBot.Cards.Status;
using CaseBot.Cases.Audit;
using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Dialogs.Closing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>"close REF" and "reopen REF" through the real bot on SQLite, typed and from the status card: who may, what is refused, what is saved and audited.</summary>
public sealed class ClosingConversationTests : IAsyncLifetime
{
    private const string Reference = "HR-2026-0142";
    private ConversationHarness _sut = null!;

    public async Task InitializeAsync() => _sut = await StatusPeople.StartAsync();

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Close_FromTheLeadsStatusCard_AsksHowItEndedThenClosesAuditedWithTheOutcome()
    {
        await _sut.SeedCaseAsync(Reference);
        await _sut.SayAsync($"status {Reference}");

        await _sut.ClickAsync(StatusText.Close);
        Assert.True(_sut.LastSaid(ClosingDialogText.AskOutcome), _sut.Describe());
        await _sut.FillAndClickAsync("Continue", ("value", nameof(CaseOutcome.BackAtWorkWithAdjustments)));

        Assert.True(_sut.LastSaid(ClosingDialogText.Closed(CaseReference.Parse(Reference), CaseOutcome.BackAtWorkWithAdjustments)), _sut.Describe());
        var saved = await FindAsync();
        Assert.Equal((CaseStage.Closed, _sut.Clock.GetUtcNow(), CaseOutcome.BackAtWorkWithAdjustments), (saved.Stage, saved.ClosedAt, saved.Closure!.Outcome));
        Assert.Equal(ChronologyKind.Closed, saved.Chronology[^1].Kind);
        var audited = (await _sut.AuditAsync(Reference)).Last().Entry;
        Assert.Equal((AuditAction.CaseClosed, AuditOutcome.Saved, StatusPeople.LeadId), (audited.Action, audited.Outcome, audited.ActorAadObjectId));
    }

    [Fact]
    public async Task Status_OfAClosedCase_ShowsTheOutcomeAndOffersTheLeadToReopen()
    {
        await _sut.SeedCaseAsync(Reference);
        await CloseAsync("back at work");

        await _sut.SayAsync($"status {Reference}");

        Assert.True(_sut.LastSaid(OutcomeCatalogue.Name(CaseOutcome.BackAtWork)), _sut.Describe());
        Assert.True(_sut.LastSaid(StatusText.Reopen), _sut.Describe());
        Assert.False(_sut.LastSaid(StatusText.Close), _sut.Describe());
    }

    [Fact]
    public async Task Status_ForStaffWhoDoNotLeadTheCase_OffersNoCloseButton()
    {
        await _sut.SeedCaseAsync(Reference);
        _sut.As(StatusPeople.StaffId);

        await _sut.SayAsync($"status {Reference}");

        Assert.True(_sut.LastSaid(StatusText.Title(CaseReference.Parse(Reference))), _sut.Describe());
        Assert.False(_sut.LastSaid(StatusText.Close), _sut.Describe());
    }

    [Theory]
    [InlineData("left the company", CaseOutcome.LeftTheOrganisation)]
    [InlineData("redeployment", CaseOutcome.Redeployed)]
    [InlineData("ill health retirement", CaseOutcome.IllHealthRetirement)]
    [InlineData("5", CaseOutcome.LeftTheOrganisation)]
    public async Task Close_OutcomeTypedInOwnWords_IsTheOutcomeSaved(string typed, CaseOutcome expected)
    {
        await _sut.SeedCaseAsync(Reference);

        await CloseAsync(typed);

        Assert.Equal(expected, (await FindAsync()).Closure?.Outcome);
    }

    [Fact]
    public async Task Close_Other_AsksForAFewWordsAndKeepsThemWithTheClosure()
    {
        await _sut.SeedCaseAsync(Reference);

        await CloseAsync("other");
        Assert.True(_sut.LastSaid(ClosingDialogText.AskOtherReason), _sut.Describe());
        await _sut.SayAsync("Moved to a partner organisation");

        var saved = await FindAsync();
        Assert.Equal((CaseOutcome.Other, "Moved to a partner organisation"), (saved.Closure!.Outcome, saved.Closure.OtherReason));
    }

    [Fact]
    public async Task Close_WithABookedMeeting_SaysWhyAndAsksNothing()
    {
        await _sut.SeedBookedAsync(Reference);

        await _sut.SayAsync($"close {Reference}");

        Assert.True(_sut.LastSaid(CaseText.CloseWithBookedMeeting), _sut.Describe());
        Assert.False(_sut.LastSaid(ClosingDialogText.AskOutcome), _sut.Describe());
    }

    [Fact]
    public async Task Close_WithOpenActions_SaysWhyAndLeavesTheCaseOpen()
    {
        await _sut.SeedHeldAsync(Reference);

        await _sut.SayAsync($"close {Reference}");

        Assert.True(_sut.LastSaid(CaseText.CloseWithOpenActions), _sut.Describe());
        Assert.Equal(CaseStage.ActionsOpen, (await FindAsync()).Stage);
    }

    [Fact]
    public async Task Close_ByStaffWhoMaySeeTheCase_IsRefusedAsNotTheLead()
    {
        await _sut.SeedCaseAsync(Reference);
        _sut.As(StatusPeople.StaffId);

        await _sut.SayAsync($"close {Reference}");

        Assert.True(_sut.LastSaid(CaseText.OnlyLeadCloses), _sut.Describe());
    }

    [Fact]
    public async Task Close_BySomeoneWhoMayNotSeeTheCase_IsAnsweredAsForNoCase()
    {
        await _sut.SeedCaseAsync(Reference);
        _sut.As(StatusPeople.StrangerId);

        await _sut.SayAsync($"close {Reference}");

        Assert.True(_sut.LastSaid(CaseText.NoCaseFound), _sut.Describe());
    }

    [Fact]
    public async Task Close_WithoutAReference_AsksForOne()
    {
        await _sut.SayAsync("close");

        Assert.True(_sut.LastSaid(ClosingDialogText.NeedsReference("close")), _sut.Describe());
    }

    [Fact]
    public async Task Reopen_ByTheLeadWithAReason_OpensTheCaseAgainAudited()
    {
        await _sut.SeedCaseAsync(Reference);
        await CloseAsync("redeployed");

        await _sut.SayAsync($"reopen {Reference}");
        Assert.True(_sut.LastSaid(ClosingDialogText.AskReopenReason), _sut.Describe());
        await _sut.SayAsync("The new role did not work out");

        Assert.True(_sut.LastSaid(ClosingDialogText.Reopened(CaseReference.Parse(Reference))), _sut.Describe());
        var saved = await FindAsync();
        Assert.Equal((CaseStage.MeetingRecommended, null, null), (saved.Stage, saved.ClosedAt, saved.Closure));
        Assert.Equal(AuditAction.CaseReopened, (await _sut.AuditAsync(Reference)).Last().Entry.Action);
    }

    [Fact]
    public async Task Reopen_AnOpenCase_SaysItIsNotClosed()
    {
        await _sut.SeedCaseAsync(Reference);

        await _sut.SayAsync($"reopen {Reference}");

        Assert.True(_sut.LastSaid(ClosingText.NotClosed), _sut.Describe());
    }

    private async Task CloseAsync(string outcome)
    {
        await _sut.SayAsync($"close {Reference}");
        Assert.True(_sut.LastSaid(ClosingDialogText.AskOutcome), _sut.Describe());
        await _sut.SayAsync(outcome);
    }

    private async Task<CriticalCase> FindAsync()
        => (await _sut.Services.GetRequiredService<ICaseRepository>().FindAsync(_sut.Adapter.Conversation.TenantId!, CaseReference.Parse(Reference), default))!;
}
