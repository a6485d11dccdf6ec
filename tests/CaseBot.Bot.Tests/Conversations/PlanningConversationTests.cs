using System.Text;
using CaseBot.Bot.Tests.Support;
using CaseBot.Cards.Booking;
using CaseBot.Cases.Booking;
using CaseBot.Cases.CriticalCases;
using CaseBot.Cases.Meetings;
using CaseBot.DialogEngine;
using CaseBot.Dialogs.Planning;
using Microsoft.Extensions.DependencyInjection;

namespace CaseBot.Bot.Tests.Conversations;

/// <summary>From the recommendation to a booked meeting on the offline calendar, typed and clicked, with bad answers on the way.</summary>
public sealed class PlanningConversationTests : IAsyncLifetime
{
    private ConversationHarness _sut = null!;

    public async Task InitializeAsync() => _sut = await ConversationHarness.StartAsync(settings: PlanningPeople.Settings);

    public async Task DisposeAsync() => await _sut.DisposeAsync();

    [Fact]
    public async Task Typing_CmmFromTriageToBooked_SavesThePlanAndOffersTheIcs()
    {
        await TriageToCmmAsync("PLAN-1");
        Assert.True(_sut.LastSaid("Shall we plan and book the Case Management Meeting now?"), _sut.Describe());

        await _sut.SayAsync("yes");
        Assert.True(_sut.LastSaid("Who is the OH clinician?"), _sut.Describe());
        await _sut.SayAsync(PlanningPeople.ClinicianEmail);
        Assert.True(_sut.LastSaid("Who is the EPS caseworker?"), _sut.Describe());
        await _sut.SayAsync(PlanningPeople.CaseworkerEmail);
        Assert.True(_sut.LastSaid(PlanningText.AskOthers), _sut.Describe());
        await _sut.SayAsync("the individual");
        Assert.True(_sut.LastSaid("do not attend a management meeting"), _sut.Describe());
        Assert.True(_sut.LastSaid(PlanningText.AskOthers), _sut.Describe());
        await _sut.SayAsync("no one else");
        await _sut.SayAsync("Agree whether the adjustments are reasonable and a plan for the next three months.");
        await _sut.SayAsync("1h30");
        Assert.True(_sut.LastSaid(PlanningText.AskVenue), _sut.Describe());
        await _sut.SayAsync("online only");
        Assert.True(_sut.LastSaid(PlanningText.AskSlot), _sut.Describe());
        await _sut.SayAsync("1");
        Assert.True(_sut.LastSaid("Check the Case Management Meeting before booking"), _sut.Describe());
        Assert.True(_sut.LastSaid("1 hour 30 minutes"), _sut.Describe());
        await _sut.SayAsync("yes");

        Assert.True(_sut.LastSaid("Case Management Meeting booked"), _sut.Describe());
        var saved = await FindAsync("PLAN-1");
        Assert.Equal(CaseStage.MeetingBooked, saved.Stage);
        var plan = saved.BookedMeeting!.Plan;
        Assert.Equal([Role.ReferringManager, Role.OhClinician, Role.EpsCaseworker], plan.Attendees.Select(a => a.Role));
        Assert.Equal([PlanningPeople.ManagerId, PlanningPeople.ClinicianId, null], plan.Attendees.Select(a => a.AadObjectId));
        Assert.Equal((TimeSpan.FromMinutes(90), Venue.OnlineOnly), (plan.Duration, plan.Venue));
        Assert.True(plan.Start > _sut.Clock.GetUtcNow());
        var ics = Ical.Net.Calendar.Load(IcsText(_sut.Last.Replies.SelectMany(r => r.Attachments ?? []).Single(a => a.ContentType == IcsAttachment.ContentType).ContentUrl!));
        var invite = Assert.Single(ics!.Events);
        Assert.Equal(plan.Start, invite.DtStart!.AsUtc);
        Assert.Contains("PLAN-1", invite.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Olive", invite.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clicking_ConferenceWithoutTheIndividual_NeedsTheirRepresentative()
    {
        await TriageToConferenceAsync("PLAN-2");
        await _sut.ClickAsync("Yes");
        await _sut.FillAndClickAsync("Continue", ("email", PlanningPeople.ClinicianEmail));
        await _sut.FillAndClickAsync("Continue", ("person", PlanningPeople.ClinicianId));
        Assert.True(_sut.LastSaid(PlanningText.AlreadyInvited), _sut.Describe());
        await _sut.FillAndClickAsync("Continue", ("email", PlanningPeople.CaseworkerEmail));
        Assert.True(_sut.LastSaid("Will the individual attend?"), _sut.Describe());
        await _sut.ClickAsync(PlanningText.Skip);
        Assert.True(_sut.LastSaid("Who is the individual's representative?"), _sut.Describe());
        Assert.False(_sut.LastSaid(PlanningText.Skip), _sut.Describe());
        await _sut.FillAndClickAsync("Continue", ("email", "rory.rep@union.example.net"));
        await _sut.ClickAsync(PlanningText.NoOneElse);
        await _sut.FillAndClickAsync("Send", ("value", "Hear the representative's view and agree next steps."));
        await _sut.ClickAsync("2 hours");
        await _sut.ClickAsync("A neutral venue");
        Assert.True(_sut.LastSaid("department"), _sut.Describe());
        await _sut.FillAndClickAsync("Send", ("value", "Room 2, Civic Centre"));
        await _sut.ClickAsync(PlanningText.AnotherTime);
        await _sut.SayAsync("2/12/2026 14:00");
        await _sut.ClickAsync("Yes");

        var plan = (await FindAsync("PLAN-2")).BookedMeeting!.Plan;
        Assert.Equal([Role.ReferringManager, Role.OhClinician, Role.EpsCaseworker, Role.Representative], plan.Attendees.Select(a => a.Role));
        Assert.Equal(("Room 2, Civic Centre", TimeSpan.FromHours(2)), (plan.VenueDetail, plan.Duration));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 14, 0, 0, TimeSpan.Zero), plan.Start);
    }

    [Theory]
    [InlineData("5 minutes", "between 15 minutes and 8 hours")]
    [InlineData("90", "unit")]
    public async Task Duration_OutOfRangeOrWithoutUnit_IsAskedAgain(string answer, string expected)
    {
        await ToDurationAsync("PLAN-3");

        await _sut.SayAsync(answer);

        Assert.True(_sut.Describe().Contains(expected, StringComparison.OrdinalIgnoreCase), _sut.Describe());
        Assert.True(_sut.LastSaid(PlanningText.AskDuration) || _sut.LastSaid(expected), _sut.Describe());
    }

    [Theory]
    [InlineData("Olive", "work email address")]
    [InlineData("yesterday 10am", null)]
    public async Task OddAnswers_GetASpecificRetry(string answer, string? expected)
    {
        await TriageToCmmAsync("PLAN-4");
        await _sut.SayAsync("yes");
        if (expected is not null)
        {
            await _sut.SayAsync(answer);
            Assert.True(_sut.LastSaid(expected), _sut.Describe());
            return;
        }

        await ToTimeAsync();
        await _sut.SayAsync(answer);
        Assert.True(_sut.LastSaid(PlanningText.InThePast), _sut.Describe());
        await _sut.SayAsync("Friday");
        Assert.True(_sut.LastSaid(PlanningText.NeedsTime), _sut.Describe());
    }

    [Fact]
    public async Task Restart_MidPlanning_ResumesAtTheSameQuestion()
    {
        await ToDurationAsync("PLAN-5");

        await _sut.RestartAsync();
        await _sut.SayAsync("1 hour");

        Assert.True(_sut.LastSaid(PlanningText.AskVenue), _sut.Describe());
    }

    [Fact]
    public async Task RescheduleThenCancel_ByTheLead_MoveTheMeetingThenFreeTheCase()
    {
        await BookCmmAsync("PLAN-6");
        var booked = (await FindAsync("PLAN-6")).BookedMeeting!;

        await _sut.ClickAsync("Reschedule");
        await _sut.SayAsync("1");
        var moved = (await FindAsync("PLAN-6")).BookedMeeting!;
        await _sut.SayAsync("cancel meeting PLAN-6");

        Assert.NotEqual(booked.Plan.Start, moved.Plan.Start);
        Assert.Equal(booked.EventId, moved.EventId);
        Assert.True(_sut.LastSaid("is cancelled"), _sut.Describe());
        var saved = await FindAsync("PLAN-6");
        Assert.Equal((CaseStage.MeetingRecommended, MeetingStatus.Cancelled), (saved.Stage, saved.Meetings[0].Status));
        Assert.Contains(saved.Chronology, e => e.Kind == ChronologyKind.MeetingRescheduled);
    }

    [Fact]
    public async Task Plan_BySomeoneNotInTheCase_IsAnsweredAsForACaseThatDoesNotExist()
    {
        await TriageToCmmAsync("PLAN-7");
        await _sut.SayAsync("no");

        _sut.As(PlanningPeople.ClinicianId);
        await _sut.SayAsync("plan PLAN-7");

        Assert.True(_sut.LastSaid(CaseText.NoCaseFound), _sut.Describe());
    }

    [Fact]
    public async Task Plan_BySomeoneWhoMaySeeTheCaseButDoesNotLeadIt_IsRefused()
    {
        await _sut.DisposeAsync();
        _sut = await ConversationHarness.StartAsync(settings: new(PlanningPeople.Settings) { ["AdviceLine:StaffObjectIds:0"] = PlanningPeople.ClinicianId });
        await TriageToCmmAsync("PLAN-7");
        await _sut.SayAsync("no");

        _sut.As(PlanningPeople.ClinicianId);
        await _sut.SayAsync("plan PLAN-7");

        Assert.True(_sut.LastSaid(PlanningText.OnlyLead), _sut.Describe());
    }

    [Fact]
    public async Task Plan_AfterSayingLater_StartsWithoutAskingAgain()
    {
        await TriageToCmmAsync("PLAN-8");
        await _sut.SayAsync("later");
        Assert.True(_sut.LastSaid(PlanningText.Later), _sut.Describe());

        await _sut.SayAsync("plan PLAN-8");

        Assert.True(_sut.LastSaid("Who is the OH clinician?"), _sut.Describe());
    }

    [Fact]
    public async Task Record_ByTheLeadOfABookedMeeting_ShowsTheRecordForm()
    {
        await BookCmmAsync("PLAN-9");

        await _sut.SayAsync("record PLAN-9");

        Assert.True(_sut.LastSaid("Record the Case Management Meeting"), _sut.Describe());
    }

    [Fact]
    public async Task Typing_EveryChoiceInOwnWords_IsSaidBackBeforeTheNextQuestion()
    {
        await TriageToCmmAsync("PLAN-10");
        await _sut.SayAsync("yes");
        await _sut.SayAsync(PlanningPeople.ClinicianEmail);
        Assert.False(_sut.LastSaid("Noted"), _sut.Describe());
        await _sut.SayAsync(PlanningPeople.CaseworkerEmail);

        await _sut.SayAsync("her senior manager");
        Assert.True(_sut.LastSaid(EngineText.Noted([RoleCatalogue.Name(Role.SeniorManager)])), _sut.Describe());
        Assert.True(_sut.LastSaid("Who is the senior manager?"), _sut.Describe());
        await _sut.SayAsync("sam.senior@example.org");
        await _sut.SayAsync("that's everyone");
        Assert.True(_sut.LastSaid(EngineText.Noted([PlanningText.NoOneElse])), _sut.Describe());
        await _sut.SayAsync("Agree the next steps.");
        Assert.False(_sut.LastSaid("Noted"), _sut.Describe());
        await _sut.SayAsync("an hour and a half");
        Assert.True(_sut.LastSaid("Noted: 1 hour 30 minutes."), _sut.Describe());
        await _sut.SayAsync("online");
        Assert.True(_sut.LastSaid(EngineText.Noted([MeetingText.VenueOnlineOnly])), _sut.Describe());
        Assert.True(_sut.LastSaid(PlanningText.AskSlot), _sut.Describe());
        await _sut.SayAsync("the first one");
        var slotNoted = _sut.Describe();
        await _sut.SayAsync("yes");

        var plan = (await FindAsync("PLAN-10")).BookedMeeting!.Plan;
        Assert.Contains(EngineText.Noted([MeetingTimes.Short(plan.Start, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"))]), slotNoted, StringComparison.Ordinal);
        Assert.Equal([Role.ReferringManager, Role.OhClinician, Role.EpsCaseworker, Role.SeniorManager], plan.Attendees.Select(a => a.Role));
    }

    [Fact]
    public async Task Typing_ATimeOfYourOwn_IsSaidBackBeforeThePlanToCheck()
    {
        await ToTimeAsync("PLAN-11");
        await _sut.SayAsync("another time");
        Assert.True(_sut.LastSaid(EngineText.Noted([PlanningText.AnotherTime])), _sut.Describe());

        await _sut.SayAsync("2/12/2026 14:00");

        Assert.True(_sut.LastSaid("Noted: Wed 2 Dec 14:00."), _sut.Describe());
        Assert.True(_sut.LastSaid("Check the Case Management Meeting before booking"), _sut.Describe());
    }

    [Fact]
    public async Task Change_AfterTheVenueIsNoted_AsksWhereAgain()
    {
        await ToDurationAsync("PLAN-12");
        await _sut.SayAsync("1 hour");
        await _sut.SayAsync("online only");
        Assert.True(_sut.LastSaid(EngineText.Noted([MeetingText.VenueOnlineOnly])), _sut.Describe());

        await _sut.SayAsync("change");

        Assert.True(_sut.LastSaid(PlanningText.AskVenue), _sut.Describe());
        await _sut.SayAsync("at occupational health");
        Assert.True(_sut.LastSaid(EngineText.Noted([MeetingText.VenueOccupationalHealth])), _sut.Describe());
        Assert.True(_sut.LastSaid(PlanningText.AskVenueDetail), _sut.Describe());
    }

    private async Task BookCmmAsync(string reference)
    {
        await ToTimeAsync(reference);
        await _sut.SayAsync("1");
        await _sut.SayAsync("yes");
        Assert.True(_sut.LastSaid(MeetingBookedCard.OfflineNote), _sut.Describe());
    }

    private async Task ToTimeAsync(string? reference = null)
    {
        if (reference is not null)
        {
            await ToDurationAsync(reference);
        }
        else
        {
            await _sut.SayAsync(PlanningPeople.ClinicianEmail);
            await _sut.SayAsync(PlanningPeople.CaseworkerEmail);
            await _sut.SayAsync("no");
            await _sut.SayAsync("Agree the next steps.");
        }

        await _sut.SayAsync("1 hour");
        await _sut.SayAsync("online only");
        if (reference is null)
        {
            await _sut.SayAsync("another time");
        }
    }

    private async Task ToDurationAsync(string reference)
    {
        await TriageToCmmAsync(reference);
        await _sut.SayAsync("yes");
        await _sut.SayAsync(PlanningPeople.ClinicianEmail);
        await _sut.SayAsync(PlanningPeople.CaseworkerEmail);
        await _sut.SayAsync("no");
        await _sut.SayAsync("Agree the next steps.");
        Assert.True(_sut.LastSaid(PlanningText.AskDuration), _sut.Describe());
    }

    private async Task TriageToCmmAsync(string reference)
    {
        foreach (var answer in new[] { "new case", reference, "me", "yes", "yes", "no", "6, 10", "no", "yes", "accept" })
        {
            await _sut.SayAsync(answer);
        }
    }

    private async Task TriageToConferenceAsync(string reference)
    {
        foreach (var answer in new[] { "new case", reference, "me", "yes", "yes", "yes", "1", "yes", "no", "accept" })
        {
            await _sut.SayAsync(answer);
        }

        Assert.True(_sut.LastSaid("Shall we plan and book the Case Conference now?"), _sut.Describe());
    }

    private async Task<CriticalCase> FindAsync(string reference)
        => (await _sut.Services.GetRequiredService<ICaseRepository>().FindAsync(_sut.Adapter.Conversation.TenantId!, CaseReference.Parse(reference), default))!;

    private static string IcsText(string dataUri) => Encoding.UTF8.GetString(Convert.FromBase64String(dataUri[(dataUri.IndexOf(',', StringComparison.Ordinal) + 1)..]));
}
