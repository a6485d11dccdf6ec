using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Triage;
using CaseBot.Dialogs.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>
/// A full typed triage in which the manager types what must never leak: health words in the "other" circumstance and in the reason
/// for overriding the recommendation. Used to prove that cards for others, and logs, carry none of it.
/// </summary>
internal static class StatusSensitiveTriage
{
    public const string Reference = "HR-2026-0142";
    public const string OtherText = "Stress after surgery, awaiting a cancer diagnosis";
    public const string OverrideReason = "Terminal prognosis and depression: the individual must be there";

    public static IReadOnlyList<string> HealthWords { get; } = ["cancer", "terminal", "depression", "stress", "surgery", "diagnosis", "prognosis"];

    /// <summary>Everything the manager typed or chose that is not an id: the free text and the triggers' wording.</summary>
    public static IReadOnlyList<string> Secrets { get; } =
    [
        OtherText,
        OverrideReason,
        TriggerCatalogue.All.Single(t => t.Trigger == Trigger.ProcessStuck).Wording,
        TriggerCatalogue.All.Single(t => t.Trigger == Trigger.TerminalIllness).Wording,
        .. HealthWords,
    ];

    /// <summary>Triage as the harness's default user, who becomes the case's lead.</summary>
    public static async Task<CriticalCase> WalkAsync(ConversationHarness harness)
    {
        await harness.SayAsync("new case");
        await harness.SayAsync(Reference);
        await harness.SayAsync("me");
        await harness.SayAsync("yes");
        await harness.SayAsync("yes");
        await harness.SayAsync("no");
        await harness.SayAsync("3, 6, 12");
        Assert.True(harness.LastSaid(TriageDialogText.AskOtherTrigger), harness.Describe());
        await harness.SayAsync(OtherText);
        await harness.SayAsync("no");
        await harness.SayAsync("yes");
        await harness.SayAsync("other");
        Assert.True(harness.LastSaid(TriageDialogText.AskOverrideReason), harness.Describe());
        await harness.SayAsync(OverrideReason);
        await harness.SayAsync("later");
        var saved = await harness.Services.GetRequiredService<ICaseRepository>()
            .FindAsync(harness.Adapter.Conversation.TenantId!, CaseReference.Parse(Reference), default);
        Assert.NotNull(saved);
        Assert.Equal(OtherText, saved.Triage.Answers.OtherDescription);
        Assert.Equal(OverrideReason, saved.Decision.OverrideReason);
        return saved;
    }
}
