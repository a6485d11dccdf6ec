using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.Cases.CaseFiles;
using CaseBot.Cases.Meetings;
using CaseBot.Dialogs.Attendees;
using CaseBot.Dialogs.Root;
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

        Assert.Equal(RootText.NoCaseFound, await SayInChatAsync("post here HR-1999-0001"));
        _sut.ActAs(AttendeePeople.StrangerId);
        Assert.Equal(RootText.NoCaseFound, await SayInChatAsync("post here HR-2026-0142"));
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

    private async Task<string?> SayInChatAsync(string text)
    {
        var message = _sut.Adapter.MakeActivity(text);
        message.Conversation = new ConversationAccount(Chat, "groupChat", _sut.Adapter.Conversation.TenantId, true);
        var turn = await _sut.Adapter.SendAsync(message, _sut.Services.GetRequiredService<IBot>());
        return Assert.Single(turn.Replies).Text;
    }
}
