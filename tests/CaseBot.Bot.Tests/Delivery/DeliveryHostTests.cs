using System.Net.Http.Json;
using System.Text.Json;
using CaseBot.Bot.Delivery;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.CriticalCases;
using CaseBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseBot.Bot.Tests.Delivery;

/// <summary>
/// The real host (Program) wires delivery end to end: a person's 1:1 message leaves a reference behind, and a notice saved with a
/// case change (through the audited repository) reaches that chat through the running worker, woken by the save.
/// </summary>
public sealed class DeliveryHostTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Host_PersonalMessageThenCaseNotice_DeliversTheNoticeToThatChat()
    {
        await using var sut = new CaseBotFactory();
        using var client = sut.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/messages", Message(), BotJson.Options);
        var stored = await sut.Services.GetRequiredService<IConversationReferenceStore>().FindAsync(TestCriticalCases.Tenant, "aad-1", default);
        var replies = _connector.Activities.Count;
        var cases = sut.Services.GetRequiredService<ICaseRepository>();
        var criticalCase = TestCriticalCases.Open("HR-3", new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), lead: "aad-1");
        await cases.AddAsync(criticalCase, default);
        criticalCase = (await cases.FindByIdAsync(criticalCase.Id, default))!;
        criticalCase.AddKeyDate(criticalCase.LastActivity, "Update");
        var payload = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = "Your agenda" }, BotJson.Options);

        await cases.UpdateAsync(criticalCase, "aad-1", [new CaseNotice("agenda", "aad-1", null, payload, "agenda/host")], default);

        var delivered = (await _connector.WaitForActivitiesAsync(replies + 1))[replies];
        Assert.Equal(("Your agenda", "a:host-test"), (delivered.Text, delivered.Conversation!.Id));
        Assert.Equal("a:host-test", stored!.Conversation!.Id);
        Assert.Single(sut.Services.GetServices<IHostedService>().OfType<OutboxDeliveryService>());
    }

    private Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = _connector.ServiceUrl,
        From = new ChannelAccount("29:user", "User", "aad-1"),
        Recipient = new ChannelAccount("28:bot", "CaseBot"),
        Conversation = new ConversationAccount("a:host-test", "personal", TestCriticalCases.Tenant),
        Text = "help",
    };
}
