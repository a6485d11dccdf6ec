using System.Text.Json;
using CaseBot.BotFramework.Schema;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Meetings;
using CaseBot.Cards.Notices;
using CaseBot.Cases.AdviceLine;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Meetings;
using CaseBot.TestSupport.Cases;

namespace CaseBot.Cards.Tests.Notices;

/// <summary>Which cards a case change sends to whom, under which kind and dedup key, with the card as a message activity.</summary>
public sealed class AttendeeNoticesTests
{
    private const string Chat = "19:attendees@thread.v2";
    private static readonly string[] People = [AttendeeTestCases.LeadId, AttendeeTestCases.ClinicianId, AttendeeTestCases.CaseworkerId];

    [Fact]
    public void ForBooking_EachAttendeeWithATeamsId_GetsTheAgendaAndTheirRolesCard()
    {
        var booked = AttendeeTestCases.Booked();

        var notices = AttendeeNotices.ForBooking(booked, booked.BookedMeeting!, AttendeeTestCases.Uk);

        Assert.Equal(
            People.SelectMany(p => new[] { (AttendeeNotices.AgendaKind(1), p, $"agenda/{booked.Id:D}/1/{p}"), (AttendeeNotices.RolesKind(1), p, $"roles/{booked.Id:D}/1/{p}") }),
            notices.Select(n => (n.Kind, n.RecipientAadObjectId!, n.DedupKey)));
        Assert.All(notices, n => Assert.Null(n.UpdateOf));
    }

    [Fact]
    public void ForBooking_CaseInAGroupChat_PostsOneAgendaToTheChatAndKeepsRolesCardsInEachPersonsChat()
    {
        var booked = AttendeeTestCases.Booked();
        booked.UseGroupChat(AttendeeTestCases.LeadId, Chat, AttendeeTestCases.Now);

        var notices = AttendeeNotices.ForBooking(booked, booked.BookedMeeting!, AttendeeTestCases.Uk);

        var agenda = Assert.Single(notices, n => n.Kind == AttendeeNotices.AgendaKind(1));
        Assert.Equal((Chat, (string?)null, $"agenda/{booked.Id:D}/1/chat"), (agenda.ConversationId, agenda.RecipientAadObjectId, agenda.DedupKey));
        Assert.Equal(
            People.Select(p => (AttendeeNotices.RolesKind(1), (string?)p, (string?)null)),
            notices.Where(n => n.Kind == AttendeeNotices.RolesKind(1)).Select(n => (n.Kind, n.RecipientAadObjectId, n.ConversationId)));
    }

    [Fact]
    public void ForRecord_CaseInAGroupChat_PostsTheRecordAndTheActionListOnceToTheChat()
    {
        var booked = AttendeeTestCases.Booked();
        booked.UseGroupChat(AttendeeTestCases.LeadId, Chat, AttendeeTestCases.Now);
        booked.RecordMeeting(AttendeeTestCases.LeadId, ["Phased return agreed"], [], AttendeeTestCases.Now.AddDays(1));

        var notices = AttendeeNotices.ForRecord(booked, booked.LatestRecord!, AttendeeTestCases.Uk);

        var sent = notices.Where(n => n.UpdateOf is null).ToList();
        Assert.Equal([AttendeeNotices.RecordKind(1), AttendeeNotices.ActionsKind], sent.Select(n => n.Kind));
        Assert.All(sent, n => Assert.Equal((Chat, (string?)null), (n.ConversationId, n.RecipientAadObjectId)));
    }

    [Fact]
    public void ForBooking_OnlyTheLeadsAgenda_OffersRecordTheMeeting()
    {
        var booked = AttendeeTestCases.Booked();

        var agendas = AttendeeNotices.ForBooking(booked, booked.BookedMeeting!, AttendeeTestCases.Uk).Where(n => n.Kind == AttendeeNotices.AgendaKind(1)).ToList();

        Assert.Equal([AttendeeTestCases.LeadId], agendas.Where(n => n.Payload.Contains(CardVerbs.RecordOpen, StringComparison.Ordinal)).Select(n => n.RecipientAadObjectId));
    }

    [Fact]
    public void ForBooking_Payload_IsAMessageActivityCarryingOneAdaptiveCard()
    {
        var booked = AttendeeTestCases.Booked();

        var notice = AttendeeNotices.ForBooking(booked, booked.BookedMeeting!, AttendeeTestCases.Uk)[1];

        var activity = JsonSerializer.Deserialize<Activity>(notice.Payload, BotJson.Options)!;
        Assert.Equal(ActivityTypes.Message, activity.Type);
        var card = Assert.Single(activity.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, card.ContentType);
        Assert.Contains(MeetingCardText.RolesTitle(Role.ReferringManager), card.Content!.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void ForBooking_AsMeetingNotices_FormatsInTheCalendarsZone()
    {
        var booked = AttendeeTestCases.Booked();
        var sut = new AttendeeNotices(WorkingHours.ForUk(), AdviceLineHours.ForUk());

        var agenda = sut.ForBooking(booked, booked.BookedMeeting!)[0];

        Assert.Contains("10:00 to 11:00 (UK time)", agenda.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public void ForReschedule_IsOneUpdateOfTheMeetingsAgendaCardsKeyedByVersion()
    {
        var booked = AttendeeTestCases.Booked();

        var update = Assert.Single(AttendeeNotices.ForReschedule(booked, booked.BookedMeeting!, AttendeeTestCases.Uk));

        Assert.Equal((AttendeeNotices.AgendaKind(1), AttendeeNotices.AgendaKind(1), null, $"agenda/{booked.Id:D}/v{booked.Version}"), (update.Kind, update.UpdateOf, update.RecipientAadObjectId, update.DedupKey));
    }

    [Fact]
    public void ForCancellation_UpdatesTheAgendaAsCancelledAndTellsEveryone()
    {
        var booked = AttendeeTestCases.Booked();
        var cancelled = booked.CancelMeeting(AttendeeTestCases.Now);

        var notices = AttendeeNotices.ForCancellation(booked, cancelled, AttendeeTestCases.Uk);

        Assert.Contains(MeetingCardText.Cancelled, Assert.Single(notices, n => n.UpdateOf is not null).Payload, StringComparison.Ordinal);
        var notes = notices.Where(n => n.Kind == AttendeeNotices.NoteKind).ToList();
        Assert.Equal(People, notes.Select(n => n.RecipientAadObjectId));
        Assert.All(notes, n => Assert.Contains("has been cancelled", n.Payload, StringComparison.Ordinal));
    }

    [Fact]
    public void ForRecord_EveryoneGetsTheRecordAndTheActionListAndTheAgendaSaysHeld()
    {
        var held = AttendeeTestCases.Held();

        var notices = AttendeeNotices.ForRecord(held, held.LatestRecord!, AttendeeTestCases.Uk);

        Assert.Equal(People, notices.Where(n => n.Kind == AttendeeNotices.RecordKind(1)).Select(n => n.RecipientAadObjectId));
        Assert.Equal(People, notices.Where(n => n.Kind == AttendeeNotices.ActionsKind).Select(n => n.RecipientAadObjectId));
        Assert.Contains(MeetingCardText.Held, Assert.Single(notices, n => n.UpdateOf is not null).Payload, StringComparison.Ordinal);
        Assert.Equal(notices.Count, notices.Select(n => n.DedupKey).Distinct().Count());
    }

    [Fact]
    public void ForRecord_SecondMeeting_AlsoUpdatesTheActionListsAlreadySent()
    {
        var held = AttendeeTestCases.Held();
        var plan = held.Meetings[0].Plan.RescheduledTo(AttendeeTestCases.Now.AddDays(30));
        held.Book(plan, new BookedMeeting("event-2", null, null, null), AttendeeTestCases.Now);
        var second = held.RecordMeeting(AttendeeTestCases.LeadId, [], [], AttendeeTestCases.Now.AddDays(30));

        var notices = AttendeeNotices.ForRecord(held, second, AttendeeTestCases.Uk);

        Assert.Contains(notices, n => n.UpdateOf == AttendeeNotices.ActionsKind);
        Assert.All(notices.Where(n => n.UpdateOf is null), n => Assert.Contains("/2/", n.DedupKey, StringComparison.Ordinal));
    }

    [Fact]
    public void ForTick_IsOneUpdateOfEveryActionListKeyedByVersion()
    {
        var held = AttendeeTestCases.Held();

        var update = Assert.Single(AttendeeNotices.ForTick(held, new DateOnly(2026, 6, 2)));

        Assert.Equal((AttendeeNotices.ActionsKind, AttendeeNotices.ActionsKind, $"actions/{held.Id:D}/v{held.Version}"), (update.Kind, update.UpdateOf, update.DedupKey));
        Assert.Null(update.RecipientAadObjectId);
        Assert.DoesNotContain(CardVerbs.ActionTick, update.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public void ForRecordAnswer_Confirmation_OnlyUpdatesTheRecordCards()
    {
        var held = AttendeeTestCases.Held();
        var response = held.RespondToRecord(AttendeeTestCases.ClinicianId, true, null, AttendeeTestCases.Now);

        var update = Assert.Single(AttendeeNotices.ForRecordAnswer(held, response, AttendeeTestCases.Uk));

        Assert.Equal(AttendeeNotices.RecordKind(1), update.UpdateOf);
    }

    [Fact]
    public void ForRecordAnswer_Correction_NotesTheLeadWithoutTheWords()
    {
        var held = AttendeeTestCases.Held();
        var response = held.RespondToRecord(AttendeeTestCases.ClinicianId, false, "Wrong date for the review", AttendeeTestCases.Now);

        var notices = AttendeeNotices.ForRecordAnswer(held, response, AttendeeTestCases.Uk);

        var note = Assert.Single(notices, n => n.Kind == AttendeeNotices.NoteKind);
        Assert.Equal(AttendeeTestCases.LeadId, note.RecipientAadObjectId);
        Assert.DoesNotContain("Wrong date", string.Concat(notices.Select(n => n.Payload)), StringComparison.Ordinal);
    }
}
