using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>The people of the status tests (the lead is the harness's default user), the settings that make staff and admin, and seeding.</summary>
internal static class StatusPeople
{
    public const string LeadId = "00000000-0000-0000-0000-0000000000aa";
    public const string StaffId = "11111111-1111-1111-1111-111111111111";
    public const string AdminId = "22222222-2222-2222-2222-222222222222";
    public const string StrangerId = "33333333-3333-3333-3333-333333333333";

    public static Dictionary<string, string?> Settings => new()
    {
        ["AdviceLine:StaffObjectIds:0"] = StaffId,
        ["Admin:ObjectIds:0"] = AdminId,
    };

    public static ChannelAccount Account(string aadObjectId) => aadObjectId switch
    {
        LeadId => new ChannelAccount("29:test-user", "Test User", LeadId),
        StaffId => new ChannelAccount("29:staff", "Advice Line Staff", StaffId),
        AdminId => new ChannelAccount("29:admin", "Admin Person", AdminId),
        _ => new ChannelAccount("29:stranger", "Someone Else", aadObjectId),
    };

    public static Task<ConversationHarness> StartAsync() => ConversationHarness.StartAsync(settings: Settings);

    /// <summary>Switches who is talking to the bot.</summary>
    public static void As(this ConversationHarness harness, string aadObjectId) => harness.Adapter.User = Account(aadObjectId);

    /// <summary>A case led by <see cref="LeadId"/>, saved as triage saves it (so its opening is audited).</summary>
    public static async Task<CriticalCase> SeedCaseAsync(this ConversationHarness harness, string reference)
    {
        var assessment = CriticalCaseAssessment.Assess(new CriticalCaseAnswers(true, true, true, new HashSet<Trigger> { Trigger.ProcessStuck }));
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(assessment, NeedIdentifiedBy.Manager, false, true));
        var criticalCase = CriticalCase.Open(
            Guid.NewGuid(), CaseReference.Parse(reference), LeadId, harness.Adapter.Conversation.TenantId!,
            new TriageRecord(NeedIdentifiedBy.Manager, new CriticalCaseAnswers(true, true, true, new HashSet<Trigger> { Trigger.ProcessStuck }), false, true),
            MeetingRecommender.Accept(recommendation), harness.Clock.GetUtcNow());
        await harness.Services.GetRequiredService<ICaseRepository>().AddAsync(criticalCase, default);
        return criticalCase;
    }

    public static async Task<IReadOnlyList<AuditRecord>> AuditAsync(this ConversationHarness harness, string reference)
        => await harness.Services.GetRequiredService<IAuditLog>().ForCaseAsync(harness.Adapter.Conversation.TenantId!, CaseReference.Parse(reference), default);
}
