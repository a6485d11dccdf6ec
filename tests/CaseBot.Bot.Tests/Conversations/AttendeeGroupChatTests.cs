using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Testing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Dialogs.Attendees;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>
/// "post here REF" through the real bot: the lead chooses a Teams group chat for the case's shared cards, and CaseBot checks the
/// chat's members (as Teams lists them) against the lead and the meeting's attendees first.
/// </summary>
public sealed class AttendeeGroupChatTests : IAsyncLifetime
{
    private const string Chat = "19:case-attendees@thread.v2";
    private readonly ChatRoster _roster = new();
    private ConversationHarness _sut = null!;
    private CriticalCase _conference = null!;

    public async Task InitializeAsync()
    {
        _sut = await ConversationHarness.StartAsync(replace: services => services.AddSingleton<IChatMembers>(_roster));
        _conference = await _sut.SeedBookedAsync();
    }

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task PostHere_ByTheLeadInAChatOfAttendeesOnly_ChoosesTheChatForTheCase()
    {
        _roster.Members = [AttendeePeople.LeadId, AttendeePeople.ClinicianId, AttendeePeople.CaseworkerId];

        var reply = await SayInChatAsync("post here HR-2026-0142");

        Assert.Equal(AttendeeText.ChatChosen(_conference.Reference), reply);
        var saved = await _sut.ReloadAsync(_conference.Id);
        Assert.Equal((Chat, ChronologyKind.GroupChatChosen), (saved.GroupChatId, saved.Chronology[^1].Kind));
    }

    [Fact]
    public async Task PostHere_ChatWithSomeoneWhoIsNotAnAttendee_IsRefusedAndNothingChanges()
    {
        _roster.Members = [AttendeePeople.LeadId, AttendeePeople.ClinicianId, AttendeePeople.StrangerId];

        var reply = await SayInChatAsync("post here HR-2026-0142");

        Assert.Equal(AttendeeText.ChatHasOutsiders(1, MeetingType.CaseConference), reply);
        Assert.Null((await _sut.ReloadAsync(_conference.Id)).GroupChatId);
    }

    [Fact]
    public async Task PostHere_CaseManagementMeetingChatWithAMemberWithoutAnEntraId_IsRefusedWithTheCmmRule()
    {
        var (cmm, owners) = await _sut.SeedManyOwnersAsync(2);
        _roster.Members = [AttendeePeople.LeadId, owners[0], null];

        var reply = await SayInChatAsync("post here HR-2026-0500");

        Assert.Equal(AttendeeText.ChatHasOutsiders(1, MeetingType.CaseManagementMeeting), reply);
        Assert.Contains("never attend", reply, StringComparison.Ordinal);
        Assert.Null((await _sut.ReloadAsync(cmm.Id)).GroupChatId);
    }

    [Fact]
    public async Task PostHere_ByAnAttendeeWhoIsNotTheLead_SaysOnlyTheLeadMay()
    {
        _roster.Members = [AttendeePeople.LeadId, AttendeePeople.ClinicianId];
        _sut.ActAs(AttendeePeople.ClinicianId);

        Assert.Equal(CaseText.OnlyLeadChoosesChat, await SayInChatAsync("post here HR-2026-0142"));
    }

    [Fact]
    public async Task PostHere_ByAStrangerOrForAMissingCase_SaysNoCaseFound()
    {
        _roster.Members = [AttendeePeople.StrangerId];

        Assert.Equal(CaseText.NoCaseFound, await SayInChatAsync("post here HR-1999-0001"));
        _sut.ActAs(AttendeePeople.StrangerId);
        Assert.Equal(CaseText.NoCaseFound, await SayInChatAsync("post here HR-2026-0142"));
    }

    [Fact]
    public async Task PostHere_InThePersonalChat_ExplainsWhereToTypeIt()
    {
        await _sut.SayAsync("post here HR-2026-0142");

        Assert.True(_sut.LastSaid(AttendeeText.PostHereInGroupChat), _sut.Describe());
        Assert.Equal(0, _roster.Reads);
    }

    [Fact]
    public async Task PostHere_RosterCannotBeRead_SaysSoAndChoosesNothing()
    {
        _roster.Members = null;

        Assert.Equal(AttendeeText.ChatMembersUnknown, await SayInChatAsync("post here HR-2026-0142"));
        Assert.Null((await _sut.ReloadAsync(_conference.Id)).GroupChatId);
    }

    [Fact]
    public async Task SomeoneNotAnAttendeeJoinsTheChat_TheCaseGoesBackTo1To1ChatsAndTheChatIsToldWithoutTheReference()
    {
        _roster.Members = [AttendeePeople.LeadId, AttendeePeople.ClinicianId];
        await SayInChatAsync("post here HR-2026-0142");

        var turn = await JoinChatAsync(AttendeePeople.Account(AttendeePeople.StrangerId));

        var reply = Assert.Single(turn.Replies);
        Assert.Equal(AttendeeText.ChatLeft, reply.Text);
        Assert.DoesNotContain("HR-2026-0142", reply.Text, StringComparison.Ordinal);
        var saved = await _sut.ReloadAsync(_conference.Id);
        Assert.Equal((null, ChronologyKind.GroupChatLeft), (saved.GroupChatId, saved.Chronology[^1].Kind));
    }

    [Fact]
    public async Task AnAttendeeJoinsTheChat_TheCaseKeepsPostingThereAndNobodyIsWelcomedAgain()
    {
        _roster.Members = [AttendeePeople.LeadId, AttendeePeople.ClinicianId];
        await SayInChatAsync("post here HR-2026-0142");

        var turn = await JoinChatAsync(AttendeePeople.Account(AttendeePeople.CaseworkerId));

        Assert.Empty(turn.Replies);
        Assert.Equal(Chat, (await _sut.ReloadAsync(_conference.Id)).GroupChatId);
    }

    [Fact]
    public async Task CaseBotInstalledInAGroupChat_WelcomesTheChatOnce()
    {
        var install = _sut.Adapter.MakeActivity(null, ActivityTypes.InstallationUpdate);
        install.Action = "add";
        install.Conversation = new ConversationAccount(Chat, "groupChat", _sut.Adapter.Conversation.TenantId, true);

        var turn = await _sut.Adapter.SendAsync(install, _sut.Services.GetRequiredService<IBot>());

        Assert.Equal(Attachment.AdaptiveCardContentType, Assert.Single(Assert.Single(turn.Replies).Attachments!).ContentType);
    }

    private async Task<TurnResult> JoinChatAsync(ChannelAccount member)
    {
        var update = _sut.Adapter.MakeActivity(null, ActivityTypes.ConversationUpdate);
        update.Conversation = new ConversationAccount(Chat, "groupChat", _sut.Adapter.Conversation.TenantId, true);
        update.MembersAdded = [member];
        return await _sut.Adapter.SendAsync(update, _sut.Services.GetRequiredService<IBot>());
    }

    private async Task<string?> SayInChatAsync(string text)
    {
        var message = _sut.Adapter.MakeActivity(text);
        message.Conversation = new ConversationAccount(Chat, "groupChat", _sut.Adapter.Conversation.TenantId, true);
        var turn = await _sut.Adapter.SendAsync(message, _sut.Services.GetRequiredService<IBot>());
        return Assert.Single(turn.Replies).Text;
    }
}
