using System.Text.Json;
using CaseBot.Bot.Tests.Support;
using CaseBot.BotFramework.Builder;
using CaseBot.BotFramework.Schema;
using CaseBot.BotFramework.Testing;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Notices;
using CaseBot.Cases.Audit;
using CaseBot.Cases.CriticalCases;
using CaseBot.Casework.Meetings;
using CaseBot.Dialogs.Attendees;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>
/// Teams' meeting start and end events, as Teams posts them in the meeting's chat, through the real bot: the agenda goes into the
/// chat once (only when everyone there was invited), the end asks the lead to record the meeting, and nothing happens twice or for
/// meetings that are not a case's.
/// </summary>
public sealed class MeetingEventTests : IAsyncLifetime
{
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
    public async Task MeetingStart_ChatOfInvitedPeopleOnly_PostsTheAgendaInTheMeetingChatAndNotesTheStart()
    {
        _roster.Members = [AttendeePeople.LeadId, AttendeePeople.ClinicianId, AttendeePeople.CaseworkerId];

        var turn = await SendAsync(TeamsActivityHandler.MeetingStartEventName);

        Assert.Empty(turn.Replies);
        var posted = Assert.Single(await _sut.OutboxAsync(_conference.Id), m => m.ConversationId == AttendeePeople.MeetingChat);
        Assert.Equal(AttendeeNotices.AgendaKind(1), posted.Kind);
        Assert.Contains("Draft agenda", posted.ActivityJson, StringComparison.Ordinal);
        var saved = await _sut.ReloadAsync(_conference.Id);
        Assert.Equal(ChronologyKind.MeetingStarted, saved.Chronology[^1].Kind);
        Assert.Equal(_sut.Clock.GetUtcNow(), saved.MeetingInChat(AttendeePeople.MeetingChat)!.StartedAt);
        Assert.Contains(await _sut.AuditAsync(_conference.Reference.Value), r => r.Entry.Action == AuditAction.MeetingStarted && r.Entry.ActorAadObjectId == MeetingEvents.Actor);
    }

    [Fact]
    public async Task MeetingStart_ChatWithSomeoneNotInvited_PostsNothingThereAndTellsTheLead()
    {
        _roster.Members = [AttendeePeople.LeadId, AttendeePeople.ClinicianId, AttendeePeople.StrangerId];

        await SendAsync(TeamsActivityHandler.MeetingStartEventName);

        var outbox = await _sut.OutboxAsync(_conference.Id);
        Assert.DoesNotContain(outbox, m => m.ConversationId == AttendeePeople.MeetingChat);
        var note = Assert.Single(outbox, m => m.Kind == AttendeeNotices.NoteKind);
        Assert.Equal(AttendeePeople.LeadId, note.RecipientAadObjectId);
        Assert.Contains("was not invited", note.ActivityJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingStart_MembersCannotBeRead_PostsNothingInTheChat()
    {
        _roster.Members = null;

        await SendAsync(TeamsActivityHandler.MeetingStartEventName);

        Assert.DoesNotContain(await _sut.OutboxAsync(_conference.Id), m => m.ConversationId == AttendeePeople.MeetingChat);
    }

    [Fact]
    public async Task MeetingStart_SentAgainAsNewEventsWhenPeopleRejoin_PostsTheAgendaOnce()
    {
        _roster.Members = [AttendeePeople.LeadId, AttendeePeople.ClinicianId];

        await SendAsync(TeamsActivityHandler.MeetingStartEventName);
        await SendAsync(TeamsActivityHandler.MeetingStartEventName);
        await SendAsync(TeamsActivityHandler.MeetingStartEventName);

        Assert.Single(await _sut.OutboxAsync(_conference.Id), m => m.ConversationId == AttendeePeople.MeetingChat);
        Assert.Single((await _sut.ReloadAsync(_conference.Id)).Chronology, e => e.Kind == ChronologyKind.MeetingStarted);
        Assert.Equal(1, _roster.Reads);
    }

    [Fact]
    public async Task MeetingStartAndEnd_InAChatThatHoldsNoCasesMeeting_ChangeNothingAndReadNoMembers()
    {
        _roster.Members = [AttendeePeople.LeadId];

        await SendAsync(TeamsActivityHandler.MeetingStartEventName, chat: "19:meeting_c29tZW9uZSBlbHNl@thread.v2");
        await SendAsync(TeamsActivityHandler.MeetingEndEventName, chat: "19:meeting_c29tZW9uZSBlbHNl@thread.v2");

        Assert.Empty(await _sut.OutboxAsync(_conference.Id));
        Assert.Equal(_conference.Chronology.Count, (await _sut.ReloadAsync(_conference.Id)).Chronology.Count);
        Assert.Equal(0, _roster.Reads);
    }

    [Fact]
    public async Task MeetingStart_FromAnotherTenant_IsNotFound()
    {
        _roster.Members = [AttendeePeople.LeadId];

        await SendAsync(TeamsActivityHandler.MeetingStartEventName, tenant: "2f5a7c1e-0000-4000-8000-000000000abc");

        Assert.Empty(await _sut.OutboxAsync(_conference.Id));
    }

    [Fact]
    public async Task MeetingStart_JoinLinkNamingAnotherChat_IsIgnored()
    {
        _roster.Members = [AttendeePeople.LeadId];

        await SendAsync(TeamsActivityHandler.MeetingStartEventName,
            joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_b3RoZXI%40thread.v2/0");

        Assert.Empty(await _sut.OutboxAsync(_conference.Id));
    }

    [Fact]
    public async Task MeetingEnd_NotRecorded_AsksTheLeadToRecordItWithTheRecordFormAClickAway()
    {
        var turn = await SendAsync(TeamsActivityHandler.MeetingEndEventName);

        Assert.Empty(turn.Replies);
        var prompt = Assert.Single(await _sut.OutboxAsync(_conference.Id));
        Assert.Equal(AttendeePeople.LeadId, prompt.RecipientAadObjectId);
        var card = JsonDocument.Parse(prompt.ActivityJson).RootElement.GetProperty("attachments")[0].GetProperty("content");
        var (title, verb, data) = Assert.Single(AttendeePeople.Executes(card));
        Assert.Equal((CardVerbs.RecordOpen, _conference.Id.ToString()), (verb, data.GetProperty("caseId").GetString()));
        Assert.Contains("has ended", card.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(ChronologyKind.MeetingEnded, (await _sut.ReloadAsync(_conference.Id)).Chronology[^1].Kind);
        Assert.False(string.IsNullOrEmpty(title));
    }

    [Fact]
    public async Task MeetingEnd_Twice_AsksTheLeadOnce()
    {
        await SendAsync(TeamsActivityHandler.MeetingEndEventName);
        await SendAsync(TeamsActivityHandler.MeetingEndEventName);

        Assert.Single(await _sut.OutboxAsync(_conference.Id));
    }

    [Fact]
    public async Task MeetingStart_CancelledMeeting_PostsNothing()
    {
        var cases = _sut.Services.GetRequiredService<ICaseRepository>();
        var current = (await cases.FindByIdAsync(_conference.Id, default))!;
        current.CancelMeeting(_sut.Clock.GetUtcNow());
        await cases.UpdateAsync(current, AttendeePeople.LeadId, default);
        _roster.Members = [AttendeePeople.LeadId];

        await SendAsync(TeamsActivityHandler.MeetingStartEventName);

        Assert.Empty(await _sut.OutboxAsync(_conference.Id));
        Assert.Equal(0, _roster.Reads);
    }

    private async Task<TurnResult> SendAsync(string name, string chat = AttendeePeople.MeetingChat, string? tenant = null, string joinUrl = AttendeePeople.MeetingJoinUrl)
    {
        var activity = _sut.Adapter.MakeActivity(null, ActivityTypes.Event);
        activity.Name = name;
        activity.Conversation = new ConversationAccount(chat, "groupChat", tenant ?? _sut.Adapter.Conversation.TenantId, true);
        activity.Value = JsonSerializer.SerializeToElement(new Dictionary<string, string>
        {
            ["MeetingType"] = "Scheduled",
            ["Title"] = "Case Conference",
            ["Id"] = "MCMxOTptZWV0aW5n",
            ["JoinUrl"] = joinUrl,
            [name == TeamsActivityHandler.MeetingStartEventName ? "StartTime" : "EndTime"] = "2026-12-08T10:00:00Z",
        });
        return await _sut.Adapter.SendAsync(activity, _sut.Services.GetRequiredService<IBot>());
    }
}
