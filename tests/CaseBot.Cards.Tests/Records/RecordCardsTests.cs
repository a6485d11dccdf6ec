using CaseBot.Cards.Actions;
using CaseBot.Cards.Model;
using CaseBot.Cards.Records;
using CaseBot.Cards.Tests.Support;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Records;

namespace CaseBot.Cards.Tests.Records;

/// <summary>The lead's record form and the record summary attendees confirm: valid, rendered, and wired to the right verbs.</summary>
public sealed class RecordCardsTests
{
    private const string Correction = "The review is in four weeks, not six.";

    public static IReadOnlyDictionary<string, AdaptiveCard> Cards()
    {
        var booked = AttendeeCases.Booked();
        var answered = Answered();
        var record = answered.LatestRecord!;
        var typed = new RecordFormValues("Phased return agreed", [new RecordFormRow("Send the report", AttendeeCases.ClinicianId, "2026-06-10"), new RecordFormRow("Book the review", null, null)]);
        return new Dictionary<string, AdaptiveCard>
        {
            ["record-form"] = MeetingRecordFormCard.Build(booked, booked.BookedMeeting!, AttendeeCases.Today),
            ["record-form-error"] = MeetingRecordFormCard.Build(booked, booked.BookedMeeting!, AttendeeCases.Today, 3, typed, CardNotice.Refused(RecordCardText.RowError(2, RecordCardText.OwnerPlaceholder))),
            ["record-summary"] = RecordSummaryCard.Build(answered, record, AttendeeCases.Uk),
            ["record-summary-confirmed"] = RecordSummaryCard.ForViewer(answered, record, AttendeeCases.Uk, AttendeeCases.ClinicianId, CardNotice.Done(RecordCardText.ConfirmSaved)),
            ["record-summary-lead"] = RecordSummaryCard.ForViewer(answered, record, AttendeeCases.Uk, AttendeeCases.ManagerId),
        };
    }

    [Fact]
    public async Task Validate_EveryRecordCard_HasNoEvents() => await CardValidator.AssertValidAsync(Cards());

    [Fact]
    public void Snapshot_EveryRecordCard_MatchesTheCheckedInJson() => CardSnapshots.AssertMatch(Cards());

    [Fact]
    public async Task Render_EveryRecordCard_InTeamsLightHostConfig()
        => await CardRenderer.AssertEveryCardRendersAsync(Cards());

    [Fact]
    public void Form_OwnerChoices_AreTheAttendeesKnownByEntraIdOnly()
    {
        var booked = AttendeeCases.Booked();

        var card = MeetingRecordFormCard.Build(booked, booked.BookedMeeting!, AttendeeCases.Today, 2);

        var owner = CardText.Elements(card).OfType<ChoiceSetInput>().First(c => c.Id == RecordFormInputs.ActionOwner(1));
        Assert.Equal(
            [
                new InputChoice("Referring Manager (Morgan Manager)", AttendeeCases.ManagerId),
                new InputChoice("OH Clinician (Olive Clinician)", AttendeeCases.ClinicianId),
                new InputChoice("EPS Caseworker (Ezra Caseworker)", AttendeeCases.CaseworkerId),
            ],
            owner.Choices);
    }

    [Fact]
    public void Form_Rows_HaveTextOwnerAndDateInputsWithDistinctIds()
    {
        var booked = AttendeeCases.Booked();

        var card = MeetingRecordFormCard.Build(booked, booked.BookedMeeting!, AttendeeCases.Today, 4);

        var ids = CardText.Elements(card).OfType<InputElement>().Select(i => i.Id).ToList();
        Assert.Equal(1 + (4 * 3), ids.Distinct().Count());
        Assert.Contains(RecordFormInputs.ActionDue(4), ids);
        Assert.All(CardText.Elements(card).OfType<DateInput>(), d => Assert.Equal("2026-06-12", d.Min));
    }

    [Fact]
    public void Form_Save_IsRecordSaveWithCaseAndMeetingNumber()
    {
        var booked = AttendeeCases.Booked();

        var card = MeetingRecordFormCard.Build(booked, booked.BookedMeeting!, AttendeeCases.Today);

        var save = Assert.IsType<ExecuteAction>(Assert.Single(card.Actions!));
        Assert.Equal(CardVerbs.RecordSave, save.Verb);
        Assert.Equal($$"""{"caseId":"{{booked.Id}}","meetingNumber":1}""", save.Data!.Value.GetRawText());
    }

    [Fact]
    public void Form_TypedValues_AreShownAgain()
    {
        var card = Cards()["record-form-error"];
        var inputs = CardText.Elements(card).OfType<InputElement>().ToDictionary(i => i.Id!);

        Assert.Equal("Phased return agreed", Assert.IsType<TextInput>(inputs[RecordFormInputs.Decisions]).Value);
        Assert.Equal(AttendeeCases.ClinicianId, Assert.IsType<ChoiceSetInput>(inputs[RecordFormInputs.ActionOwner(1)]).Value);
        Assert.Equal("2026-06-10", Assert.IsType<DateInput>(inputs[RecordFormInputs.ActionDue(1)]).Value);
        Assert.Equal("Book the review", Assert.IsType<TextInput>(inputs[RecordFormInputs.ActionText(2)]).Value);
    }

    [Fact]
    public async Task Render_Summary_ShowsDecisionsActionsAndWhoConfirmed()
    {
        await using var renderer = await CardRenderer.StartAsync();

        var text = await renderer.RenderAsync("record-summary-check", Cards()["record-summary"]);

        Assert.Contains("Phased return over four weeks", text, StringComparison.Ordinal);
        Assert.Contains("Send the adjustments report", text, StringComparison.Ordinal);
        Assert.Contains("Confirmed, 2 Jun 2026 09:00", text, StringComparison.Ordinal);
        Assert.Contains(RecordCardText.CorrectionAsked, text, StringComparison.Ordinal);
        Assert.Contains(RecordCardText.NotAnswered, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_Base_OffersConfirmAndAShowCardWithTheCorrectionBox()
    {
        var answered = Answered();

        var card = RecordSummaryCard.Build(answered, answered.LatestRecord!, AttendeeCases.Uk);

        var confirm = Assert.IsType<ExecuteAction>(card.Actions![0]);
        Assert.Equal((RecordCardText.Confirm, CardVerbs.RecordConfirm), (confirm.Title, confirm.Verb));
        Assert.Equal($$"""{"caseId":"{{answered.Id}}","meetingNumber":1}""", confirm.Data!.Value.GetRawText());
        var correct = Assert.IsType<ShowCardAction>(card.Actions[1]);
        Assert.Equal(RecordCardText.AskCorrection, correct.Title);
        var box = Assert.IsType<TextInput>(Assert.Single(correct.Card.Body));
        Assert.Equal((RecordFormInputs.Correction, true, RecordResponse.MaxCorrectionLength), (box.Id, box.IsRequired, box.MaxLength));
        Assert.Equal(CardVerbs.RecordCorrect, Assert.IsType<ExecuteAction>(Assert.Single(correct.Card.Actions!)).Verb);
        Assert.Equal(CardVerbs.RecordRefresh, Assert.IsType<ExecuteAction>(card.Refresh!.Action).Verb);
    }

    [Fact]
    public void Summary_CorrectionText_IsShownToTheLeadOnly()
    {
        var answered = Answered();
        var record = answered.LatestRecord!;

        var lead = string.Join("\n", CardText.All(RecordSummaryCard.ForViewer(answered, record, AttendeeCases.Uk, AttendeeCases.ManagerId)));
        var others = CardSerializer.ToJson(RecordSummaryCard.ForViewer(answered, record, AttendeeCases.Uk, AttendeeCases.ClinicianId))
            + CardSerializer.ToJson(RecordSummaryCard.Build(answered, record, AttendeeCases.Uk));

        Assert.Contains(Correction, lead, StringComparison.Ordinal);
        Assert.DoesNotContain(Correction, others, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ViewerWhoConfirmed_IsToldAndOffersOnlyTheCorrection()
    {
        var answered = Answered();

        var card = RecordSummaryCard.ForViewer(answered, answered.LatestRecord!, AttendeeCases.Uk, AttendeeCases.ClinicianId);

        Assert.Contains(RecordCardText.YouConfirmed, CardText.All(card));
        Assert.IsType<ShowCardAction>(Assert.Single(card.Actions!));
    }

    [Fact]
    public void Summary_ViewerWhoDidNotAttend_GetsNoButtons()
    {
        var answered = Answered();

        var card = RecordSummaryCard.ForViewer(answered, answered.LatestRecord!, AttendeeCases.Uk, "someone-else");

        Assert.Null(card.Actions);
    }

    // Held; the clinician confirmed on 2 June 08:00 UTC, the caseworker asked for a correction, the manager has not answered.
    private static CriticalCase Answered()
    {
        var held = AttendeeCases.Held();
        held.RespondToRecord(AttendeeCases.ClinicianId, true, null, new DateTimeOffset(2026, 6, 2, 8, 0, 0, TimeSpan.Zero));
        held.RespondToRecord(AttendeeCases.CaseworkerId, false, Correction, new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero));
        return held;
    }
}
