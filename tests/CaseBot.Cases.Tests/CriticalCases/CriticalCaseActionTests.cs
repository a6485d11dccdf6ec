using CaseBot.Cases.Actions;
using CaseBot.Cases.Booking;
using CaseBot.Cases.Closing;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.Cases.Records;
using CaseBot.Cases.Tests.Booking;

namespace CaseBot.Cases.Tests.CriticalCases;

public sealed class CriticalCaseActionTests
{
    private static readonly DateTimeOffset Later = TestPlans.MondayTenBst.AddDays(1);

    [Fact]
    public void RecordMeeting_ByLead_HoldsTheMeetingKeepsActionsAndOpensThem()
    {
        var action = TestCases.ActionFor(TestCases.ClinicianId);

        var sut = TestCases.Held(action);

        Assert.Equal(MeetingStatus.Held, sut.Meetings[0].Status);
        Assert.Equal(CaseStage.ActionsOpen, sut.Stage);
        Assert.Equal([action.Id], sut.Actions.Select(a => a.Id));
        Assert.Equal(["Phased return agreed"], sut.LatestRecord!.Decisions);
        Assert.Equal(ChronologyKind.MeetingHeld, sut.Chronology[^1].Kind);
    }

    [Fact]
    public void RecordMeeting_NoActions_LeavesTheCaseAtMeetingHeld()
        => Assert.Equal(CaseStage.MeetingHeld, TestCases.Held().Stage);

    [Fact]
    public void RecordMeeting_BySomeoneOtherThanTheLead_IsRefused()
    {
        var sut = TestCases.Booked();

        var error = Assert.Throws<CaseRuleException>(() => sut.RecordMeeting(TestCases.ClinicianId, [], [], Later));

        Assert.Equal(RecordText.OnlyLead, error.Message);
        Assert.Equal(MeetingStatus.Booked, sut.Meetings[0].Status);
    }

    [Fact]
    public void RecordMeeting_ActionOwnedByANonAttendee_IsRefused()
    {
        var sut = TestCases.Booked();

        var error = Assert.Throws<CaseRuleException>(() => sut.RecordMeeting(TestPlans.OrganiserId, [], [TestCases.ActionFor("stranger-id")], Later));

        Assert.Equal(RecordText.OwnerNotAttendee, error.Message);
        Assert.Empty(sut.Actions);
    }

    [Fact]
    public void RecordMeeting_NoBookedMeeting_IsRefused()
        => Assert.Throws<CaseRuleException>(() => TestCases.Open().RecordMeeting(TestPlans.OrganiserId, [], [], Later));

    [Fact]
    public void TickAction_LastOpenActionByItsOwner_IsDoneAndTheCaseSettlesAtMeetingHeld()
    {
        var action = TestCases.ActionFor(TestCases.ClinicianId);
        var sut = TestCases.Held(action);

        var outcome = sut.TickAction(action.Id, TestCases.ClinicianId, Later);

        Assert.Equal(TickOutcome.Done, outcome);
        Assert.Equal(ActionState.Done, sut.Actions[0].State);
        Assert.Equal(CaseStage.MeetingHeld, sut.Stage);
        Assert.Equal(ChronologyKind.ActionDone, sut.Chronology[^1].Kind);
    }

    [Fact]
    public void TickAction_ByAnotherAttendee_IsRefusedAndChangesNothing()
    {
        var action = TestCases.ActionFor(TestCases.ClinicianId);
        var sut = TestCases.Held(action);
        var entries = sut.Chronology.Count;

        var outcome = sut.TickAction(action.Id, TestPlans.OrganiserId, Later);

        Assert.Equal(TickOutcome.NotYours, outcome);
        Assert.Equal(ActionState.Open, sut.Actions[0].State);
        Assert.Equal(entries, sut.Chronology.Count);
    }

    [Fact]
    public void TickAction_Twice_IsOneTick()
    {
        var action = TestCases.ActionFor(TestCases.ClinicianId);
        var sut = TestCases.Held(action);
        sut.TickAction(action.Id, TestCases.ClinicianId, Later);
        var entries = sut.Chronology.Count;

        Assert.Equal(TickOutcome.AlreadyDone, sut.TickAction(action.Id, TestCases.ClinicianId, Later.AddMinutes(1)));
        Assert.Equal(entries, sut.Chronology.Count);
    }

    [Fact]
    public void TickAction_UnknownId_IsNotFound()
        => Assert.Equal(TickOutcome.NotFound, TestCases.Held().TickAction(Guid.NewGuid(), TestCases.ClinicianId, Later));

    [Fact]
    public void RemindersDue_OverdueAction_IsDueOnceADay()
    {
        var action = TestCases.ActionFor(TestCases.ClinicianId, dueInDays: 1);
        var sut = TestCases.Held(action);
        var today = action.Due.AddDays(2);

        Assert.Equal([action.Id], sut.RemindersDue(today).Select(a => a.Id));
        sut.MarkReminded(action.Id, today, Later);
        Assert.Empty(sut.RemindersDue(today));
        Assert.Single(sut.RemindersDue(today.AddDays(1)));
    }

    [Fact]
    public void RemindersDue_NotYetDueOrDone_IsEmpty()
    {
        var action = TestCases.ActionFor(TestCases.ClinicianId, dueInDays: 1);
        var sut = TestCases.Held(action);

        Assert.Empty(sut.RemindersDue(action.Due));
        sut.TickAction(action.Id, TestCases.ClinicianId, Later);
        Assert.Empty(sut.RemindersDue(action.Due.AddDays(5)));
    }

    [Fact]
    public void RespondToRecord_AttendeeConfirms_KeepsTheirAnswerByRole()
    {
        var sut = TestCases.Held();

        var response = sut.RespondToRecord(TestCases.ClinicianId, accurate: true, correction: null, Later);

        Assert.Equal((Role.OhClinician, true), (response.Role, response.Accurate));
        Assert.Single(sut.LatestRecord!.Responses);
        Assert.Equal(ChronologyKind.RecordConfirmed, sut.Chronology[^1].Kind);
    }

    [Fact]
    public void RespondToRecord_CorrectionThenConfirmation_KeepsOnlyTheLatestAnswer()
    {
        var sut = TestCases.Held();

        sut.RespondToRecord(TestCases.ClinicianId, accurate: false, correction: "The due date was the 12th", Later);
        sut.RespondToRecord(TestCases.ClinicianId, accurate: true, correction: null, Later.AddHours(1));

        Assert.True(Assert.Single(sut.LatestRecord!.Responses).Accurate);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void RespondToRecord_CorrectionWithoutText_IsRefused(string? correction)
        => Assert.Equal(RecordText.CorrectionRequired, Assert.Throws<CaseRuleException>(() => TestCases.Held().RespondToRecord(TestCases.ClinicianId, false, correction, Later)).Message);

    [Fact]
    public void RespondToRecord_NonAttendee_IsRefused()
        => Assert.Equal(RecordText.NotAttendee, Assert.Throws<CaseRuleException>(() => TestCases.Held().RespondToRecord("stranger", true, null, Later)).Message);

    [Fact]
    public void Close_OpenActions_IsRefused()
        => Assert.Equal(CaseText.CloseWithOpenActions, Assert.Throws<CaseRuleException>(() => TestCases.Held(TestCases.ActionFor(TestCases.ClinicianId)).Close(TestPlans.OrganiserId, CaseOutcome.BackAtWork, null, Later)).Message);

    [Fact]
    public void Close_AllDoneByLead_ClosesAndStampsTheDate()
    {
        var sut = TestCases.Held();

        sut.Close(TestPlans.OrganiserId, CaseOutcome.BackAtWork, null, Later);

        Assert.Equal((CaseStage.Closed, Later), (sut.Stage, sut.ClosedAt));
        Assert.Throws<CaseRuleException>(() => sut.Book(TestPlans.Create(), new BookedMeeting("e2", null, null, null), Later));
    }

    [Fact]
    public void Close_ByNonLead_IsRefused()
        => Assert.Equal(CaseText.OnlyLeadCloses, Assert.Throws<CaseRuleException>(() => TestCases.Held().Close(TestCases.ClinicianId, CaseOutcome.BackAtWork, null, Later)).Message);

    [Fact]
    public void FlagStuck_OpenCase_AddsTheTriggerEntryWithoutChangingTheStage()
    {
        var sut = TestCases.Held(TestCases.ActionFor(TestCases.ClinicianId));

        sut.FlagStuck("Escalated", Later);

        Assert.Equal(CaseStage.ActionsOpen, sut.Stage);
        Assert.Equal(ChronologyKind.StuckFlagged, sut.Chronology[^1].Kind);
        Assert.Contains("trigger for a Case Management Meeting", sut.Chronology[^1].Summary, StringComparison.Ordinal);
    }
}
