using CaseBot.Bot.Tests.Support;
using CaseBot.Cards.Actions;
using CaseBot.Cards.Meetings;
using CaseBot.Cards.Notices;
using CaseBot.Cards.Records;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Records;
using CaseBot.Dialogs.Attendees;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>The meeting record through the real bot on SQLite: the lead records it, attendees confirm or ask for a correction.</summary>
public sealed class AttendeeRecordTests : IAsyncLifetime
{
    private const string Correction = "The review is in four weeks, not six.";
    private ConversationHarness _sut = null!;
    private CriticalCase _case = null!;

    public async Task InitializeAsync()
    {
        _sut = await ConversationHarness.StartAsync();
        _case = await _sut.SeedBookedAsync();
    }

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Open_ByLead_PostsTheFormAndLeavesTheAgendaCard()
    {
        await _sut.InvokeAsync(CardVerbs.RecordOpen, new CaseCardData(_case.Id, 1));

        var answer = _sut.Last.CardResponse!;
        Assert.Equal((200, "application/vnd.microsoft.activity.message"), (answer.StatusCode, answer.Type));
        Assert.Equal(AttendeeText.FormPosted, answer.Value!.Value.GetString());
        Assert.True(_sut.LastSaid(RecordCardText.FormTitle(MeetingType.CaseConference)), _sut.Describe());
        Assert.True(_sut.LastSaid(RecordCardText.Save));
    }

    [Fact]
    public async Task Open_ByAttendee_IsRefusedWithAMessage()
    {
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.InvokeAsync(CardVerbs.RecordOpen, new CaseCardData(_case.Id, 1));

        Assert.Equal(RecordText.OnlyLead, _sut.Last.CardResponse!.Value!.Value.GetString());
        Assert.Empty(_sut.Last.Replies);
    }

    [Fact]
    public async Task Save_ByLead_HoldsTheMeetingWithDecisionsAndActions()
    {
        await SaveAsync();

        var saved = await _sut.ReloadAsync(_case.Id);
        Assert.Equal(MeetingStatus.Held, saved.Meetings[0].Status);
        Assert.Equal(["Phased return agreed", "Review in six weeks"], saved.LatestRecord!.Decisions);
        var action = Assert.Single(saved.Actions);
        Assert.Equal(("Send the adjustments report", Role.OhClinician, AttendeePeople.ClinicianId, new DateOnly(2026, 12, 10)), (action.Description, action.OwnerRole, action.OwnerAadObjectId, action.Due));
        Assert.Equal(CaseStage.ActionsOpen, saved.Stage);
    }

    [Fact]
    public async Task Save_ByLead_AnswersWithTheRecordInPlaceOfTheForm()
    {
        await SaveAsync();

        var card = _sut.AnsweredCard();
        Assert.Equal(RecordCardText.Saved, AttendeePeople.Notice(card));
        Assert.Contains("Review in six weeks", card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ByLead_QueuesRecordAndActionCardsForEveryAttendeeWithATeamsId()
    {
        await SaveAsync();

        var outbox = await _sut.OutboxAsync(_case.Id);
        string[] people = [AttendeePeople.LeadId, AttendeePeople.ClinicianId, AttendeePeople.CaseworkerId];
        Assert.Equal(
            [.. people.Select(p => $"actions/{_case.Id:D}/1/{p}"), $"agenda/{_case.Id:D}/v{_case.Version}", .. people.Select(p => $"record/{_case.Id:D}/1/{p}")],
            outbox.Select(m => m.DedupKey).Order(StringComparer.Ordinal));
        Assert.All(outbox.Where(m => m.UpdateOf is null), m => Assert.Contains(m.RecipientAadObjectId, people));
        Assert.Equal(AttendeeNotices.AgendaKind(1), Assert.Single(outbox, m => m.UpdateOf is not null).UpdateOf);
        Assert.All(outbox.Where(m => m.Kind == AttendeeNotices.RecordKind(1)), m => Assert.Contains(RecordCardText.Confirm, m.ActivityJson, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Save_Twice_KeepsOneRecordAndShowsItAgain()
    {
        await SaveAsync();

        await SaveAsync();

        Assert.Equal(RecordCardText.Saved, AttendeePeople.Notice(_sut.AnsweredCard()));
        Assert.Single((await _sut.ReloadAsync(_case.Id)).Records);
    }

    [Fact]
    public async Task Save_ByAttendee_IsRefusedAndHoldsNothing()
    {
        _sut.ActAs(AttendeePeople.ClinicianId);

        await SaveAsync();

        Assert.Equal(RecordText.OnlyLead, AttendeePeople.Notice(_sut.AnsweredCard()));
        Assert.Equal(MeetingStatus.Booked, (await _sut.ReloadAsync(_case.Id)).Meetings[0].Status);
    }

    [Fact]
    public async Task Save_ActionWithoutOwner_ShowsTheFormAgainWithWhatToFixAndTheTypedValues()
    {
        await _sut.InvokeAsync(CardVerbs.RecordSave, new Dictionary<string, object>
        {
            ["caseId"] = _case.Id, ["meetingNumber"] = 1, [RecordFormInputs.Decisions] = "Phased return agreed",
            [RecordFormInputs.ActionText(1)] = "Send the adjustments report", [RecordFormInputs.ActionDue(1)] = "2026-12-10",
        });

        var card = _sut.AnsweredCard();
        Assert.Equal(RecordCardText.RowError(1, RecordFormReader.NeedsOwner), AttendeePeople.Notice(card));
        Assert.Contains("Send the adjustments report", card.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Booked, (await _sut.ReloadAsync(_case.Id)).Meetings[0].Status);
    }

    [Fact]
    public async Task Confirm_ByAttendee_KeepsTheirAnswerAndUpdatesEveryRecordCard()
    {
        await SaveAsync();
        var held = await _sut.ReloadAsync(_case.Id);
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.InvokeAsync(CardVerbs.RecordConfirm, new CaseCardData(_case.Id, 1));

        Assert.Equal(RecordCardText.ConfirmSaved, AttendeePeople.Notice(_sut.AnsweredCard()));
        var answer = Assert.Single((await _sut.ReloadAsync(_case.Id)).LatestRecord!.Responses);
        Assert.Equal((AttendeePeople.ClinicianId, Role.OhClinician, true), (answer.AadObjectId, answer.Role, answer.Accurate));
        var update = Assert.Single(await _sut.OutboxAsync(_case.Id), m => m.DedupKey == $"record/{_case.Id:D}/v{held.Version}");
        Assert.Equal(AttendeeNotices.RecordKind(1), update.UpdateOf);
    }

    [Fact]
    public async Task Confirm_Repeated_SavesNothingNew()
    {
        await SaveAsync();
        _sut.ActAs(AttendeePeople.ClinicianId);
        await _sut.InvokeAsync(CardVerbs.RecordConfirm, new CaseCardData(_case.Id, 1));
        var first = await _sut.ReloadAsync(_case.Id);

        await _sut.InvokeAsync(CardVerbs.RecordConfirm, new CaseCardData(_case.Id, 1));

        Assert.Equal(first.Version, (await _sut.ReloadAsync(_case.Id)).Version);
        Assert.Equal(RecordCardText.ConfirmSaved, AttendeePeople.Notice(_sut.AnsweredCard()));
    }

    [Fact]
    public async Task Correct_ByAttendee_KeepsTheCorrectionAndNotesTheLeadByRoleOnly()
    {
        await SaveAsync();
        _sut.ActAs(AttendeePeople.CaseworkerId);

        await _sut.InvokeAsync(CardVerbs.RecordCorrect, new Dictionary<string, object> { ["caseId"] = _case.Id, ["meetingNumber"] = 1, [RecordFormInputs.Correction] = Correction });

        Assert.Equal(RecordCardText.CorrectionSaved, AttendeePeople.Notice(_sut.AnsweredCard()));
        var answer = Assert.Single((await _sut.ReloadAsync(_case.Id)).LatestRecord!.Responses);
        Assert.Equal((false, Correction), (answer.Accurate, answer.Correction));
        var note = Assert.Single(await _sut.OutboxAsync(_case.Id), m => m.Kind == AttendeeNotices.NoteKind);
        Assert.Equal(AttendeePeople.LeadId, note.RecipientAadObjectId);
        Assert.Contains(MeetingText.RoleEpsCaseworker, note.ActivityJson, StringComparison.Ordinal);
        Assert.DoesNotContain(Correction, note.ActivityJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correct_WithoutText_IsRefusedAndSavesNothing()
    {
        await SaveAsync();
        _sut.ActAs(AttendeePeople.CaseworkerId);

        await _sut.InvokeAsync(CardVerbs.RecordCorrect, new CaseCardData(_case.Id, 1));

        Assert.Equal(RecordText.CorrectionRequired, AttendeePeople.Notice(_sut.AnsweredCard()));
        Assert.Empty((await _sut.ReloadAsync(_case.Id)).LatestRecord!.Responses);
    }

    [Fact]
    public async Task Refresh_ByLeadAfterACorrection_ShowsTheCorrectionText()
    {
        await SaveAsync();
        _sut.ActAs(AttendeePeople.CaseworkerId);
        await _sut.InvokeAsync(CardVerbs.RecordCorrect, new Dictionary<string, object> { ["caseId"] = _case.Id, ["meetingNumber"] = 1, [RecordFormInputs.Correction] = Correction });
        _sut.ActAs(AttendeePeople.LeadId);

        await _sut.InvokeAsync(CardVerbs.RecordRefresh, new CaseCardData(_case.Id, 1));

        Assert.Contains(Correction, _sut.AnsweredCard().GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgendaRefresh_ByLeadWhileBooked_OffersRecordTheMeeting()
    {
        await _sut.InvokeAsync(CardVerbs.AgendaRefresh, new CaseCardData(_case.Id, 1));

        Assert.Contains(AttendeePeople.Executes(_sut.AnsweredCard()), e => e.Verb == CardVerbs.RecordOpen);
    }

    [Fact]
    public async Task AgendaRefresh_ByAttendee_HasNoRecordButton()
    {
        _sut.ActAs(AttendeePeople.ClinicianId);

        await _sut.InvokeAsync(CardVerbs.AgendaRefresh, new CaseCardData(_case.Id, 1));

        var card = _sut.AnsweredCard();
        Assert.Contains(MeetingCardText.AgendaTitle(MeetingType.CaseConference), card.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(AttendeePeople.Executes(card));
    }

    private Task SaveAsync() => _sut.InvokeAsync(CardVerbs.RecordSave, new Dictionary<string, object>
    {
        ["caseId"] = _case.Id,
        ["meetingNumber"] = 1,
        [RecordFormInputs.Decisions] = "Phased return agreed\n\n  Review in six weeks  \n",
        [RecordFormInputs.ActionText(1)] = "Send the adjustments report",
        [RecordFormInputs.ActionOwner(1)] = AttendeePeople.ClinicianId,
        [RecordFormInputs.ActionDue(1)] = "2026-12-10",
        [RecordFormInputs.ActionText(2)] = string.Empty,
    });
}
