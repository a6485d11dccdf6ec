using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Schema;
using CaseBot.Cards.Actions;
using CaseBot.Cases.Audit;
using CaseBot.Dialogs.Root;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>
/// The access matrix for a caller Teams does not vouch for: an activity without an Entra object id, whatever its from.id says (here an
/// admin's and the lead's object ids, as in issue 24). Every command and card action gets the same plain answer; no case is read,
/// changed or audited, and no conversation starts.
/// </summary>
public sealed class UnidentifiedCallerTests : IAsyncLifetime
{
    private const string Reference = "HR-2026-0142";
    private ConversationHarness _sut = null!;
    private Guid _caseId;

    public async Task InitializeAsync()
    {
        _sut = await StatusPeople.StartAsync();
        _caseId = (await _sut.SeedCaseAsync(Reference)).Id;
    }

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    public static TheoryData<string, string> Commands => new()
    {
        { StatusPeople.AdminId, "export " + Reference },
        { StatusPeople.AdminId, "audit " + Reference },
        { StatusPeople.StaffId, "status " + Reference },
        { StatusPeople.LeadId, "status " + Reference },
        { StatusPeople.LeadId, "plan " + Reference },
        { StatusPeople.LeadId, "record " + Reference },
        { StatusPeople.LeadId, "cancel meeting " + Reference },
        { StatusPeople.LeadId, "post here " + Reference },
        { StatusPeople.LeadId, "my actions" },
        { StatusPeople.LeadId, "new case" },
        { StatusPeople.LeadId, "what's happening with " + Reference },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Say_CommandWithoutAadObjectId_PlainAnswerAndNoCaseTouched(string fromId, string text)
    {
        var auditBefore = await _sut.AuditAsync(Reference);
        _sut.Adapter.User = new ChannelAccount(fromId, "Someone");

        await _sut.SayAsync(text);

        var reply = Assert.Single(_sut.Last.Replies);
        Assert.Equal(RootText.NotIdentified, reply.Text);
        Assert.True(reply.Attachments is null or { Count: 0 });
        Assert.Equal(auditBefore.Count, (await _sut.AuditAsync(Reference)).Count);
    }

    [Fact]
    public async Task Say_NewCaseWithoutAadObjectId_StartsNoConversation()
    {
        _sut.Adapter.User = new ChannelAccount(StatusPeople.LeadId, "Someone");
        await _sut.SayAsync("new case");
        _sut.As(StatusPeople.LeadId);

        await _sut.SayAsync("help");

        Assert.Equal(RootText.Commands, Assert.Single(_sut.Last.Texts));
    }

    [Theory]
    [InlineData(CardVerbs.ActionsRefresh)]
    [InlineData(CardVerbs.AgendaRefresh)]
    [InlineData(CardVerbs.RecordOpen)]
    public async Task Invoke_CardActionWithoutAadObjectId_PlainAnswerAndNoCaseTouched(string verb)
    {
        var auditBefore = await _sut.AuditAsync(Reference);
        _sut.Adapter.User = new ChannelAccount(StatusPeople.LeadId, "Someone");

        await _sut.InvokeAsync(verb, new CaseCardData(_caseId, 1));

        var answer = _sut.Last.CardResponse!;
        Assert.Equal(BotFramework.Builder.AdaptiveCardInvokeResponse.MessageType, answer.Type);
        Assert.Equal(RootText.NotIdentified, answer.Value!.Value.GetString());
        Assert.Empty(_sut.Last.Replies);
        Assert.Equal(auditBefore.Count, (await _sut.AuditAsync(Reference)).Count);
    }

    [Fact]
    public async Task Say_ExportWithAadObjectId_StillWorksForTheAdmin()
    {
        _sut.As(StatusPeople.AdminId);

        await _sut.SayAsync("export " + Reference);

        Assert.NotEqual(RootText.NotIdentified, Assert.Single(_sut.Last.Replies).Text);
        Assert.Contains((await _sut.AuditAsync(Reference)).Select(r => r.Entry.Action), a => a == AuditAction.CaseExported);
    }
}
