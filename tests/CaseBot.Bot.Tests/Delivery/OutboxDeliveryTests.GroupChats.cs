using CaseBot.Bot.Delivery;
using CaseBot.Bot.Tests.Storage;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cases.CriticalCases;

namespace CaseBot.Bot.Tests.Delivery;

public abstract partial class OutboxDeliveryTests
{
    private const string GroupChat = "19:case-chat@thread.v2";

    [StorageFact]
    public async Task RunOnceAsync_GroupChatNotice_PostsInThatChat()
    {
        var criticalCase = await OpenCaseAsync(Sut);
        await RememberChatAsync(Sut, TestCriticalCases.LeadId, LeadChat);
        await NotifyAsync(Sut, criticalCase.Id, new CaseNotice("agenda", null, GroupChat, Payload("Agenda for all"), "agenda/chat"));

        await Sut.RunOnceAsync();

        var post = Assert.Single(Posts(GroupChat));
        Assert.Equal(("Agenda for all", "28:casebot"), (post.Activity!.Text, post.Activity.From?.Id));
        Assert.Equal(GroupChat, Assert.Single(await Sut.RowsAsync()).SentConversationId);
    }

    [StorageFact]
    public async Task RunOnceAsync_BotNotInTheGroupChat_FailsAndTellsTheLead()
    {
        var criticalCase = await OpenCaseAsync(Sut);
        await RememberChatAsync(Sut, TestCriticalCases.LeadId, LeadChat);
        await NotifyAsync(Sut, criticalCase.Id, new CaseNotice("agenda", null, GroupChat, Payload("Agenda for all"), "agenda/chat"));
        Connector.FailNext(403, errorCode: "BotNotInConversationRoster");

        await Sut.DrainAsync();

        Assert.Equal(DeliveryCodes.NotInChat, (await Sut.RowsAsync()).Single(r => r.Kind == "agenda").FailureCode);
        Assert.Contains("add CaseBot to the chat", Assert.Single(Posts(LeadChat)).Activity!.Text, StringComparison.Ordinal);
    }
}
