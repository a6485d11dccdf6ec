using System.Net.Http.Json;
using System.Text;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Triage;
using CaseBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Access;

/// <summary>
/// The "done when", on the real host over HTTP with ids from settings: an advice-line user sees the status card, a stranger
/// hears "no case found", and the admin's audit export lists both lookups.
/// </summary>
public sealed class AdviceLineHostTests : IAsyncLifetime
{
    private const string Tenant = "tenant-1";
    private const string Staff = "11111111-1111-1111-1111-111111111111";
    private const string Admin = "22222222-2222-2222-2222-222222222222";
    private const string Stranger = "33333333-3333-3333-3333-333333333333";
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Status_StaffThenStranger_CardThenNoCaseFound_AndAdminExportListsBoth()
    {
        await using var sut = new CaseBotFactory(new() { ["AdviceLine:StaffObjectIds:0"] = Staff, ["Admin:ObjectIds:0"] = Admin });
        using var client = sut.CreateClient();
        await SeedAsync(sut.Services, "HR-2026-0142");

        await SayAsync(client, Staff, "status HR-2026-0142");
        await SayAsync(client, Stranger, "status HR-2026-0142");
        await SayAsync(client, Admin, "audit HR-2026-0142");

        var replies = await _connector.WaitForActivitiesAsync(3);
        Assert.Contains("Case HR-2026-0142", Assert.Single(replies[0].Attachments!).Content!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(CaseText.NoCaseFound, replies[1].Text);
        var csv = Encoding.UTF8.GetString(Convert.FromBase64String(Assert.Single(replies[2].Attachments!).ContentUrl!.Split(',')[1]));
        Assert.Contains($"{Staff},case.lookup,shown", csv, StringComparison.Ordinal);
        Assert.Contains($"{Stranger},case.lookup,denied", csv, StringComparison.Ordinal);
    }

    private static async Task SeedAsync(IServiceProvider services, string reference)
    {
        var answers = new CriticalCaseAnswers(true, true, true, new HashSet<Trigger> { Trigger.ProcessStuck });
        var recommendation = MeetingRecommender.Recommend(new RecommendationRequest(CriticalCaseAssessment.Assess(answers), NeedIdentifiedBy.Manager, false, true));
        var criticalCase = CriticalCase.Open(
            Guid.NewGuid(), CaseReference.Parse(reference), "aad-lead", Tenant, new TriageRecord(NeedIdentifiedBy.Manager, answers, false, true),
            MeetingRecommender.Accept(recommendation), DateTimeOffset.UnixEpoch);
        await services.GetRequiredService<ICaseRepository>().AddAsync(criticalCase, default);
    }

    // One turn at a time, so replies arrive in the order asked.
    private async Task SayAsync(HttpClient client, string aadObjectId, string text)
    {
        var before = _connector.Activities.Count;
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "msteams",
            ServiceUrl = _connector.ServiceUrl,
            From = new ChannelAccount("29:" + aadObjectId, "Someone", aadObjectId),
            Recipient = new ChannelAccount("28:bot", "CaseBot"),
            Conversation = new ConversationAccount("a:" + aadObjectId, "personal", Tenant),
            Text = text,
        };
        using var response = await client.PostAsJsonAsync("/api/messages", message, BotJson.Options);
        response.EnsureSuccessStatusCode();
        await _connector.WaitForActivitiesAsync(before + 1);
    }
}
