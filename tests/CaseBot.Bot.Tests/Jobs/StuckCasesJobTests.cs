using System.Text.Json;
using CaseBot.Bot.Jobs;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Escalation;

namespace CaseBot.Bot.Tests.Jobs;

/// <summary>The daily stuck-case check nudges the lead (and at the top tier the admins) once a week per case and tier, and flags each nudge on the case.</summary>
public sealed class StuckCasesJobTests : IAsyncLifetime
{
    private JobsHost _host = null!;

    public async Task InitializeAsync() => _host = await JobsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RunAsync_CaseWithoutProgressForFourWeeks_NudgesTheLeadThatItIsATriggerForACmm()
    {
        var opened = await OpenAsync("HR-1");
        _host.Clock.Advance(TimeSpan.FromDays(28));

        await RunAsync();

        var nudge = Assert.Single(await _host.OutboxAsync());
        Assert.Equal((JobNotices.StuckKind, TestCriticalCases.LeadId, opened.Id), (nudge.Kind, nudge.RecipientAadObjectId, nudge.CaseId));
        var text = JsonSerializer.Deserialize<Activity>(nudge.ActivityJson, BotJson.Options)!.Text;
        Assert.Equal(JobText.Stuck("HR-1", [EscalationText.NoProgressFor(4)], "Stuck"), text);
        Assert.Contains("trigger for a Case Management Meeting", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CaseWithProgressWithinFourWeeks_NudgesNobody()
    {
        await OpenAsync("HR-2");
        _host.Clock.Advance(TimeSpan.FromDays(27));

        await RunAsync();

        Assert.Empty(await _host.OutboxAsync());
    }

    [Fact]
    public async Task RunAsync_AgainLaterTheSameWeek_DoesNotNudgeTwice()
    {
        await OpenAsync("HR-3");
        _host.Clock.Advance(TimeSpan.FromDays(28));
        await RunAsync();
        _host.Clock.Advance(TimeSpan.FromDays(1));

        await RunAsync();

        Assert.Single(await _host.OutboxAsync());
    }

    // Also proves last week's stuck flag on the chronology did not count as progress.
    [Fact]
    public async Task RunAsync_TheWeekAfter_NudgesAgain()
    {
        await OpenAsync("HR-4");
        _host.Clock.Advance(TimeSpan.FromDays(28));
        await RunAsync();
        _host.Clock.Advance(TimeSpan.FromDays(7));

        await RunAsync();

        Assert.Equal(["stuck/{0}/Stuck/2026-W52/", "stuck/{0}/Stuck/2026-W53/"], (await _host.OutboxAsync()).Select(m => Pattern(m.DedupKey)));
    }

    [Fact]
    public async Task RunAsync_CaseReachingTheEscalatedTier_NudgesTheLeadAndTheAdmins()
    {
        await OpenAsync("HR-5");
        _host.Clock.Advance(TimeSpan.FromDays(56));

        await RunAsync();

        Assert.Equal(
            [TestCriticalCases.LeadId, JobsHost.AdminId],
            (await _host.OutboxAsync()).Where(m => m.DedupKey.Contains("/Escalated/", StringComparison.Ordinal)).Select(m => m.RecipientAadObjectId).Order());
    }

    [Fact]
    public async Task RunAsync_CaseRisingATierInTheSameWeek_NudgesAgainAtOnce()
    {
        // Due 10 November: 28 days overdue (first tier) on Tuesday 8 December, 29 (second tier) on Wednesday 9 December.
        var opened = await _host.AddCaseWithActionsAsync("HR-6", TestCriticalCases.Action(due: new DateOnly(2026, 11, 10)));
        _host.Clock.Advance(TimeSpan.FromDays(13));
        await RunAsync();
        _host.Clock.Advance(TimeSpan.FromDays(1));

        await RunAsync();

        var keys = (await _host.OutboxAsync()).Select(m => m.DedupKey).ToList();
        Assert.Equal(3, keys.Count);
        Assert.Single(keys, k => k.StartsWith($"stuck/{opened.Id}/Stuck/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_StuckCase_IsEscalatedToTheTierItReachedOnceAndAudited()
    {
        var opened = await OpenAsync("HR-7");
        _host.Clock.Advance(TimeSpan.FromDays(60));

        await RunAsync();
        await RunAsync();

        var reloaded = await _host.ReloadAsync(opened);
        var escalation = Assert.Single(reloaded.Chronology, e => e.Kind == ChronologyKind.Escalated);
        Assert.Equal(EscalationText.EscalatedByCheck("Escalated", [EscalationText.NoProgressFor(8)]), escalation.Summary);
        Assert.Equal((2, "Escalated", _host.Clock.GetUtcNow(), false), (reloaded.Tier.Level, reloaded.Tier.Name, reloaded.Tier.Since, reloaded.Tier.ByHand));
        Assert.Equal(opened.Stage, reloaded.Stage);
        Assert.Contains(await _host.AuditAsync("HR-7"), r => r.Entry.Action == AuditAction.CaseEscalated && r.Entry.ActorAadObjectId == StuckCasesJob.Actor);
    }

    [Fact]
    public async Task RunAsync_TheWeekAfterAnEscalation_FlagsTheCaseAtTheSameTierWithoutEscalatingAgain()
    {
        var opened = await OpenAsync("HR-8");
        _host.Clock.Advance(TimeSpan.FromDays(28));
        await RunAsync();
        _host.Clock.Advance(TimeSpan.FromDays(7));

        await RunAsync();

        var reloaded = await _host.ReloadAsync(opened);
        Assert.Equal([ChronologyKind.Escalated, ChronologyKind.StuckFlagged], reloaded.Chronology.Where(e => e.Kind is ChronologyKind.Escalated or ChronologyKind.StuckFlagged).Select(e => e.Kind));
        Assert.Equal(1, reloaded.Tier.Level);
    }

    [Fact]
    public async Task RunAsync_TierWithContacts_NudgesThemWithTheLead()
    {
        await using var host = await JobsHost.StartAsync(settings: new()
        {
            ["StuckCases:Tiers:0:Name"] = "Stuck",
            ["StuckCases:Tiers:0:OverdueActionDays"] = "14",
            ["StuckCases:Tiers:0:NoProgressWeeks"] = "4",
            ["StuckCases:Tiers:0:ContactObjectIds:0"] = Contact,
        });
        await host.Cases.AddAsync(TestCriticalCases.Open("HR-9", host.Clock.GetUtcNow()), default);
        host.Clock.Advance(TimeSpan.FromDays(28));

        var sut = host.Job<StuckCasesJob>();
        await sut.RunAsync(host.RunFor(sut.Name), default);

        Assert.Equal(new[] { Contact, TestCriticalCases.LeadId }.Order(), (await host.OutboxAsync()).Select(m => m.RecipientAadObjectId).Order());
    }

    private const string Contact = "44444444-4444-4444-4444-444444444444";

    private async Task<CriticalCase> OpenAsync(string reference)
    {
        var criticalCase = TestCriticalCases.Open(reference, _host.Clock.GetUtcNow());
        await _host.Cases.AddAsync(criticalCase, default);
        return criticalCase;
    }

    private async Task RunAsync()
    {
        var sut = _host.Job<StuckCasesJob>();
        await sut.RunAsync(_host.RunFor(sut.Name), default);
    }

    // The key without the case id and recipient: "stuck/{0}/<tier>/<week>/".
    private static string Pattern(string key)
    {
        var parts = key.Split('/');
        return $"stuck/{{0}}/{parts[2]}/{parts[3]}/";
    }
}
